import { describe, expect, it } from 'vitest';
import type { SnapshotOf } from '../../../../../../common/flow/snapshot.ts';
import { DetailsAnswers } from '../../../../../../electron/app/cli/register/details-answers.ts';

type Details = SnapshotOf<'enterCodeAndContact'>;
const details = (fields: Partial<Details> = {}): Details => ({
  step: 'enterCodeAndContact',
  seq: 1,
  language: 'en',
  codeBound: false,
  ...fields,
});
const SENT = { code: '4H8VN', email: 'jan@example.be', phone: '' };

describe('DetailsAnswers: which details to ask for on each visit of the details step', () => {
  it('uses the options on the first visit', () => {
    const answers = new DetailsAnswers({ code: '4H8VN', email: 'jan@example.be', phone: '0470 12 34 56' });
    expect(answers.plan(details())).toEqual({
      code: { from: 'option', value: '4H8VN' },
      email: { from: 'option', value: 'jan@example.be' },
      phone: { from: 'option', value: '0470 12 34 56' },
    });
  });

  it('asks for what has no option', () => {
    expect(new DetailsAnswers({}).plan(details())).toEqual({
      code: { from: 'ask' },
      email: { from: 'ask' },
      phone: { from: 'ask' },
    });
  });

  it('does not ask for the phone number when the e-mail address came as an option without one', () => {
    expect(new DetailsAnswers({ email: 'jan@example.be' }).plan(details()).phone).toEqual({
      from: 'kept',
      value: '',
    });
  });

  it('asks again for a refused code, never from the option, and keeps the contact data', () => {
    const answers = new DetailsAnswers({ code: 'ZZZZZ', email: 'jan@example.be' });
    answers.plan(details());
    answers.sent({ ...SENT, code: 'ZZZZZ' });
    expect(answers.plan(details({ codeProblem: 'unknown', codeTriesLeft: 4 }))).toEqual({
      code: { from: 'ask' },
      email: { from: 'kept', value: 'jan@example.be' },
      phone: { from: 'kept', value: '' },
    });
  });

  it('asks again for a refused e-mail address without the wrong one as default, keeping the code', () => {
    const answers = new DetailsAnswers({ code: '4H8VN', email: 'jan@example' });
    answers.plan(details());
    answers.sent({ ...SENT, email: 'jan@example' });
    expect(answers.plan(details({ contactProblem: 'email-invalid' }))).toEqual({
      code: { from: 'kept', value: '4H8VN' },
      email: { from: 'ask' },
      phone: { from: 'kept', value: '' },
    });
  });

  it('after "back", asks for the contact data with what was sent as the default, and keeps the bound code', () => {
    const answers = new DetailsAnswers({});
    answers.sent({ ...SENT, phone: '0470 12 34 56' });
    expect(answers.plan(details({ codeBound: true, contact: { email: 'jan@example.be' } }))).toEqual({
      code: { from: 'kept', value: '4H8VN' },
      email: { from: 'ask', previous: 'jan@example.be' },
      phone: { from: 'ask', previous: '0470 12 34 56' },
    });
  });

  it('after a retry for an expired code, asks for a new code only', () => {
    const answers = new DetailsAnswers({ code: '4H8VN', email: 'jan@example.be' });
    answers.plan(details());
    answers.sent(SENT);
    expect(answers.plan(details()).code).toEqual({ from: 'ask' });
    expect(answers.plan(details()).email).toEqual({ from: 'kept', value: 'jan@example.be' });
  });
});
