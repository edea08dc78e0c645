import { readFileSync } from 'node:fs';
import { hex, toHex } from './hex.ts';

/**
 * One step of a recorded or hand-written APDU script (tests/fixtures/apdu/*.json). Hex may use
 * `AB*N` for N repetitions of byte AB, so padded files stay readable.
 */
export interface ScriptStep {
  /** Why the host sends this, citing the spec section. */
  readonly comment: string;
  /** The exact command expected from the host. */
  readonly command: string;
  /** The card's answer (data ‖ SW), or... */
  readonly response?: string;
  /** ...a transport failure at this step: the card was pulled. */
  readonly error?: 'card-removed';
}

/** A script file. */
export interface ApduScript {
  readonly description: string;
  readonly atr: string;
  readonly steps: readonly ScriptStep[];
}

/** The transport error a {@link ScriptedCard} raises when a step says the card was pulled. */
export class ScriptedCardRemovedError extends Error {
  override readonly name = 'ScriptedCardRemovedError';
}

/** Expands `AB*N` repetitions and parses hex. */
export function scriptHex(text: string): Uint8Array {
  return hex(
    text.replace(/([0-9a-fA-F]{2})\*(\d+)/g, (_, byte: string, n: string) => byte.repeat(Number(n))),
  );
}

/**
 * A card that replays a script (style rule 8, after libpcsc-mock): each transmitted command
 * must equal the next step's command byte for byte, otherwise the transmit rejects with a
 * message showing both; `assertFinished()` fails when steps were left. Commands after the
 * end of the script or after a removal are failures too, so "nothing was sent after X" is
 * checked by construction.
 */
export class ScriptedCard {
  readonly script: ApduScript;
  readonly atr: Uint8Array;
  /** Every command received, in order (hex). */
  readonly sent: string[] = [];
  #next = 0;
  #removed = false;

  constructor(script: ApduScript) {
    this.script = script;
    this.atr = scriptHex(script.atr);
  }

  /** Loads `tests/fixtures/apdu/<name>.json`. */
  static load(name: string): ScriptedCard {
    const url = new URL(`../fixtures/apdu/${name}.json`, import.meta.url);
    return new ScriptedCard(JSON.parse(readFileSync(url, 'utf8')) as ApduScript);
  }

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    const got = toHex(command);
    this.sent.push(got);
    if (this.#removed) throw new Error(`command after the card was removed: ${got}`);
    const step = this.script.steps[this.#next];
    if (!step) throw new Error(`command after the end of "${this.script.description}": ${got}`);
    const expected = toHex(scriptHex(step.command));
    if (got !== expected) {
      throw new Error(`step ${this.#next} (${step.comment}): expected ${expected}, got ${got}`);
    }
    this.#next++;
    if (step.error === 'card-removed') {
      this.#removed = true;
      throw new ScriptedCardRemovedError('card removed');
    }
    return scriptHex(step.response ?? '');
  }

  async control(): Promise<Uint8Array> {
    return new Uint8Array(0);
  }

  /** Number of steps not yet played. */
  get remaining(): number {
    return this.script.steps.length - this.#next;
  }

  /** Throws unless every step was played. */
  assertFinished(): void {
    if (this.remaining !== 0) {
      throw new Error(`${this.remaining} step(s) of "${this.script.description}" were not played`);
    }
  }
}
