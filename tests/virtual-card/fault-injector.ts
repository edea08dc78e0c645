import { toHex } from './apdu-trace.ts';

/** Which commands a fault applies to: a hex prefix of the command APDU (`"00 2A"`), or any. */
export type CommandMatch = string | ((command: Uint8Array) => boolean);

interface Rule {
  readonly match: CommandMatch;
  remaining: number;
}

/** What the card should do with one command, decided before the applet sees it. */
export type FaultDecision =
  | { readonly kind: 'normal' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'mute' }
  | { readonly kind: 'status-word'; readonly sw: number };

/**
 * Faults a test can arm on a virtual card: removal after N APDUs, a delay on every response,
 * silence (mute), a forced status word for matching commands, and corrupted response bytes.
 * Every rule can be limited to a number of occurrences; {@link clear} disarms all of them.
 */
export class FaultInjector {
  #removeAfter: number | undefined;
  #delayMs = 0;
  #mute = false;
  readonly #statusWords: (Rule & { readonly sw: number })[] = [];
  readonly #corruptions: Rule[] = [];

  /** The card is pulled out when the next `count` APDUs have been answered. */
  removeAfter(count: number): this {
    this.#removeAfter = count;
    return this;
  }

  /** Every response is delayed by `milliseconds`. */
  delay(milliseconds: number): this {
    this.#delayMs = milliseconds;
    return this;
  }

  /** The card stops answering until it is reset or removed. */
  goMute(): this {
    this.#mute = true;
    return this;
  }

  /** Matching commands get `sw` instead of reaching the applet (`times` occurrences, default every time). */
  answerWith(match: CommandMatch, sw: number, times = Infinity): this {
    this.#statusWords.push({ match, sw, remaining: times });
    return this;
  }

  /** The response to matching commands gets its first data byte (or SW1) inverted. */
  corruptResponse(match: CommandMatch, times = Infinity): this {
    this.#corruptions.push({ match, remaining: times });
    return this;
  }

  /** Disarms every fault. */
  clear(): this {
    this.#removeAfter = undefined;
    this.#delayMs = 0;
    this.#mute = false;
    this.#statusWords.length = 0;
    this.#corruptions.length = 0;
    return this;
  }

  get delayMs(): number {
    return this.#delayMs;
  }

  /** A reset ends a mute spell (the "temporary mute state lasts until the next reset", RM18 §1.4). */
  onReset(): void {
    this.#mute = false;
  }

  /** Decides the fate of one command. */
  decide(command: Uint8Array): FaultDecision {
    if (this.#mute) return { kind: 'mute' };
    if (this.#removeAfter !== undefined) {
      if (this.#removeAfter <= 0) {
        this.#removeAfter = undefined;
        return { kind: 'remove' };
      }
      this.#removeAfter -= 1;
    }
    const rule = take(this.#statusWords, command);
    return rule ? { kind: 'status-word', sw: rule.sw } : { kind: 'normal' };
  }

  /** Applies armed corruptions to a response. */
  corrupt(command: Uint8Array, response: Uint8Array): Uint8Array {
    if (take(this.#corruptions, command) === undefined) return response;
    const out = response.slice();
    out[0] = out[0]! ^ 0xff;
    return out;
  }
}

function take<R extends Rule>(rules: R[], command: Uint8Array): R | undefined {
  const rule = rules.find((r) => r.remaining > 0 && matches(r.match, command));
  if (rule) rule.remaining -= 1;
  return rule;
}

function matches(match: CommandMatch, command: Uint8Array): boolean {
  if (typeof match === 'function') return match(command);
  return toHex(command).replace(/ /g, '').startsWith(match.replace(/\s+/g, '').toUpperCase());
}
