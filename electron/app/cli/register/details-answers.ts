import type { SnapshotOf } from '../../../../common/flow/snapshot.ts';

/**
 * Answers given on the command line (`--code`, `--email`, `--phone`); an empty `--phone`, or
 * `--email` without `--phone`, means no phone number.
 */
export interface DetailOptions {
  readonly code?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** Where one field's value comes from this time. */
export type FieldSource =
  | { readonly from: 'option'; readonly value: string }
  | { readonly from: 'kept'; readonly value: string }
  | { readonly from: 'ask'; readonly previous?: string };

/** The three fields of the details step. */
export interface DetailsPlan {
  readonly code: FieldSource;
  readonly email: FieldSource;
  readonly phone: FieldSource;
}

/**
 * Decides, for each visit of the details step (registration-flow.md step 4), which answers to
 * ask for and which to reuse: an option is used once, and never again for a field the flow
 * refused (the person retypes it); a field the flow did not complain about keeps what was sent;
 * after "back" from the confirmation the contact fields are asked again with the old value as
 * the default, and the bound code is kept. So a wrong `--code` leads to a question, not a loop.
 */
export class DetailsAnswers {
  readonly #options: DetailOptions;
  readonly #used = { code: false, email: false, phone: false };
  #sent: { code: string; email: string; phone: string } | undefined;

  constructor(options: DetailOptions) {
    this.#options = options;
  }

  /** What to do for each field on `snapshot`. */
  plan(snapshot: SnapshotOf<'enterCodeAndContact'>): DetailsPlan {
    const problem = snapshot.contactProblem;
    const afterBack = snapshot.codeBound && problem === undefined;
    const code: FieldSource = snapshot.codeBound
      ? { from: 'kept', value: this.#sent?.code ?? '' }
      : problem !== undefined && this.#sent !== undefined
        ? { from: 'kept', value: this.#sent.code }
        : this.#fresh('code');
    const refused = (field: 'email' | 'phone'): boolean =>
      field === 'email'
        ? problem === 'email-required' || problem === 'email-invalid'
        : problem === 'phone-invalid';
    return {
      code,
      email: refused('email') ? { from: 'ask' } : this.#contact('email', afterBack),
      phone: refused('phone') ? { from: 'ask' } : this.#contact('phone', afterBack),
    };
  }

  /** Remembers what was sent to the flow. */
  sent(answers: { code: string; email: string; phone: string }): void {
    this.#sent = { ...answers };
  }

  /** `again`: asked anew with what was sent as the default (after "back"). */
  #contact(field: 'email' | 'phone', again: boolean): FieldSource {
    const sent = this.#sent?.[field];
    if (again) return sent === undefined || sent === '' ? { from: 'ask' } : { from: 'ask', previous: sent };
    if (sent !== undefined) return { from: 'kept', value: sent };
    return this.#fresh(field);
  }

  #fresh(field: 'code' | 'email' | 'phone'): FieldSource {
    // The phone number is optional: whoever gives the e-mail address in advance and no phone
    // number has none (and a script piping the PINs in is not asked a question it cannot expect).
    if (field === 'phone' && this.#options.phone === undefined && this.#options.email !== undefined)
      return { from: 'kept', value: '' };
    const option = this.#options[field];
    if (option === undefined || this.#used[field]) return { from: 'ask' };
    this.#used[field] = true;
    return { from: 'option', value: option };
  }
}
