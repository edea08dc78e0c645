import { randomBytes } from 'node:crypto';
import { ApduTrace } from './apdu-trace.ts';
import { BelpicApplet } from './applet/belpic-applet.ts';
import { buildFileTree } from './applet/file-system.ts';
import type { CardImage } from './card-image.ts';
import { FaultInjector } from './fault-injector.ts';

/** Thrown by {@link VirtualCard.transmit} when the card is not in the reader. */
export class VirtualCardRemovedError extends Error {
  override readonly name = 'VirtualCardRemovedError';
  constructor() {
    super('the virtual card was removed');
  }
}

/** What happened to the card, for transports that must tell the reader. */
export type CardEvent = 'inserted' | 'removed';

/** Options for a virtual card beyond its image. */
export interface VirtualCardOptions {
  /** The card PIN (default 1234). */
  readonly pin?: string;
  /** Source of GET CHALLENGE bytes (default node:crypto). */
  readonly random?: (length: number) => Uint8Array;
}

/**
 * A Belgian eID card in a reader: the BELPIC applet over a card image, with power/reset,
 * insertion and removal, an APDU trace and fault injection. Transports (in-process channel,
 * vpcd client) carry its APDUs; they listen to {@link onEvent} to follow insertion.
 */
export class VirtualCard {
  readonly image: CardImage;
  readonly trace = new ApduTrace();
  readonly faults = new FaultInjector();
  readonly #applet: BelpicApplet;
  readonly #listeners = new Set<(event: CardEvent) => void>();
  readonly #silenced = new Set<() => void>();
  #inserted = true;

  constructor(image: CardImage, options: VirtualCardOptions = {}) {
    this.image = image;
    this.#applet = new BelpicApplet({
      personality: image.personality,
      mf: buildFileTree(image.files),
      keys: image.keys,
      serial: image.serial,
      pin: options.pin ?? '1234',
      pinTriesLeft: image.pinTriesLeft,
      random: options.random ?? ((n) => new Uint8Array(randomBytes(n))),
    });
  }

  /** Answer-to-reset of this card's applet generation. */
  get atr(): Uint8Array {
    return this.image.personality.atr;
  }

  get inserted(): boolean {
    return this.#inserted;
  }

  /** Tries left and authentication right, for assertions. */
  get pinState(): { triesLeft: number; authenticationGranted: boolean } {
    return this.#applet.pin.state;
  }

  /** Power-on or warm reset: the applet starts over, PIN rights and SE are lost, mute ends. */
  reset(): void {
    this.faults.onReset();
    this.#applet.reset();
    this.#releaseSilenced();
  }

  /** Pulls the card out of the reader. */
  remove(): void {
    if (!this.#inserted) return;
    this.#inserted = false;
    this.#releaseSilenced();
    this.#emit('removed');
  }

  /** Puts the card (back) in the reader; it powers up fresh. */
  insert(): void {
    if (this.#inserted) return;
    this.#inserted = true;
    this.reset();
    this.#emit('inserted');
  }

  /** Subscribes to insertion and removal; returns the unsubscribe function. */
  onEvent(listener: (event: CardEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends one command APDU and resolves with the response (data ‖ SW1 SW2). Rejects with
   * {@link VirtualCardRemovedError} when the card is (or gets) removed; never settles while
   * the card is mute, until it is reset or removed.
   */
  async transmit(command: Uint8Array): Promise<Uint8Array> {
    if (!this.#inserted) throw new VirtualCardRemovedError();
    const started = performance.now();
    const decision = this.faults.decide(command);
    if (decision.kind === 'remove') {
      this.remove();
      throw new VirtualCardRemovedError();
    }
    if (decision.kind === 'mute') return this.#silence();
    let response =
      decision.kind === 'status-word'
        ? Uint8Array.of(decision.sw >> 8, decision.sw & 0xff)
        : this.#applet.process(command);
    response = this.faults.corrupt(command, response);
    if (this.faults.delayMs > 0) await new Promise((r) => setTimeout(r, this.faults.delayMs));
    if (!this.#inserted) throw new VirtualCardRemovedError();
    this.trace.record({ command: command.slice(), response, milliseconds: performance.now() - started });
    return response;
  }

  #silence(): Promise<Uint8Array> {
    return new Promise((_resolve, reject) => {
      this.#silenced.add(() => reject(new VirtualCardRemovedError()));
    });
  }

  #releaseSilenced(): void {
    for (const release of this.#silenced) release();
    this.#silenced.clear();
  }

  #emit(event: CardEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
