import type { FakeContext, FakeReader } from '../unit/native/pcsc/fakes/fake-binding.ts';
import { deferred, scardError, type Deferred } from '../unit/native/pcsc/fakes/fake-binding.ts';
import { formatTwoPinBlock } from '../../native/belpic/pin-block.ts';
import { buildCardImage } from '../virtual-card/card-image.ts';
import { VirtualCard } from '../virtual-card/virtual-card.ts';

/** SCARD_W_REMOVED_CARD, as pcsclite reports a transmit to a card that left. */
const removedError = (): Error => scardError('SCardTransmit', 0x80100069, 'Card was removed');

/** SCARD_CTL_CODE(3400), CM_IOCTL_GET_FEATURE_REQUEST, as the fake binding computes it. */
const GET_FEATURE_REQUEST = 0x42000000 + 3400;
/** The control code the fake PIN pad advertises for FEATURE_VERIFY_PIN_DIRECT. */
const VERIFY_PIN_DIRECT = 0x42330006;

/** What the person does on the PIN pad: types digits, lets it time out, or presses Cancel. */
export type PinpadEntry = string | 'timeout' | 'cancel';

/** An APDU held at the card until the test lets it through (to catch the flow mid-step). */
export interface HeldCommand {
  /** Resolves when the flow sent the matching command. */
  readonly reached: Promise<void>;
  /** Lets the command reach the card. */
  release(): void;
}

/**
 * One reader of the fake PC/SC service with a virtual card the test puts in and pulls out.
 * A disconnect with SCARD_RESET_CARD resets the card (its PIN rights go, as on a real reader),
 * and a command can be held on its way to the card, so that a test can pull the card while
 * the flow waits for that command's answer.
 */
export class CardSlot {
  readonly name: string;
  reader: FakeReader;
  card: VirtualCard | undefined;
  #pinpadEntries: PinpadEntry[] | undefined;
  #held: { match: (command: Uint8Array) => boolean; gate: Deferred<void>; reached: Deferred<void> }[] = [];

  constructor(context: FakeContext, name: string) {
    this.name = name;
    this.reader = this.#wire(context.addReader(name));
  }

  /** The reader comes back in a new PC/SC context (after the service restarted), with its card. */
  attach(context: FakeContext): void {
    this.reader = this.#wire(context.addReader(this.name));
    if (this.card?.inserted) this.reader.insert(this.card.atr);
  }

  /** Inserts a new virtual card `cardId` (PIN `pin`). */
  insert(cardId: string, pin = '1234'): VirtualCard {
    this.card = new VirtualCard(buildCardImage(cardId), { pin });
    this.reader.insert(this.card.atr);
    return this.card;
  }

  /** Puts the card that was pulled out back in (it powers up fresh; its PIN counter stays). */
  reinsert(): void {
    if (!this.card) throw new Error('no card to put back');
    this.card.insert();
    this.reader.insert(this.card.atr);
  }

  /** Pulls the card out: held and later commands fail as on a real reader. */
  remove(): void {
    this.card?.remove();
    for (const held of this.#held.splice(0)) held.gate.reject(removedError());
    this.reader.remove();
  }

  /**
   * Makes the reader a PIN pad reader (PC/SC part 10 FEATURE_VERIFY_PIN_DIRECT; before the card
   * is inserted): each verify on the pad takes the next of `entries` and, for digits, sends the
   * VERIFY with their format-2 block to the card, as the reader would.
   */
  pinpad(entries: PinpadEntry[]): void {
    this.#pinpadEntries = entries;
    this.#wirePinpad(this.reader);
  }

  /** Holds the next command whose bytes start with `prefix` (e.g. `[0x00, 0x2a]`, PSO:CDS). */
  hold(prefix: readonly number[]): HeldCommand {
    const gate = deferred<void>();
    const reached = deferred<void>();
    this.#held.push({ match: (c) => prefix.every((byte, i) => c[i] === byte), gate, reached });
    return {
      reached: reached.promise,
      release: () => {
        this.#held = this.#held.filter((h) => h.gate !== gate);
        gate.resolve();
      },
    };
  }

  #wirePinpad(reader: FakeReader): void {
    reader.controlAnswer = async (code) => {
      if (code === GET_FEATURE_REQUEST) return Uint8Array.of(0x06, 0x04, 0x42, 0x33, 0x00, 0x06);
      if (code !== VERIFY_PIN_DIRECT) throw new Error(`unexpected control code ${code.toString(16)}`);
      const entry = this.#pinpadEntries?.shift();
      if (entry === undefined) throw new Error('the test typed nothing more on the PIN pad');
      if (entry === 'timeout') return Uint8Array.of(0x64, 0x00);
      if (entry === 'cancel') return Uint8Array.of(0x64, 0x01);
      const block = formatTwoPinBlock(new TextEncoder().encode(entry));
      return reader.answer(Uint8Array.of(0x00, 0x20, 0x00, 0x01, block.length, ...block));
    };
  }

  #wire(reader: FakeReader): FakeReader {
    if (this.#pinpadEntries !== undefined) this.#wirePinpad(reader);
    reader.answer = async (command) => {
      const held = this.#held.find((h) => h.match(command));
      if (held) {
        held.reached.resolve();
        await held.gate.promise;
      }
      const card = this.card;
      if (!card?.inserted) throw removedError();
      return card.transmit(command).catch(() => {
        throw removedError();
      });
    };
    reader.disconnectWith = () => {
      const last = reader.calls.at(-1);
      if (last?.op === 'disconnect' && last.disposition === 'reset' && this.card?.inserted) this.card.reset();
    };
    return reader;
  }
}

/** How many VERIFY commands presented a PIN to `card` (the empty status VERIFY does not). */
export function pinVerifications(card: VirtualCard): number {
  return card.trace.entries.filter((e) => e.command[1] === 0x20 && e.command.length > 5).length;
}
