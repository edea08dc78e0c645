import type { CardChannel, PinpadChannel } from '../belpic/card-channel.ts';
import type { ActiveProtocol, BindingReader, Disposition, ShareMode } from './binding.ts';
import type { NativeCalls } from './native-calls.ts';
import { GET_FEATURE_REQUEST_FUNCTION, type PcscFeatures } from './part10/feature-tags.ts';
import { parseFeatureList } from './part10/parse-features.ts';
import { createPinpad } from './part10/pinpad.ts';
import { PcscError, type PcscOperation } from './pcsc-error.ts';
import { mayHoldPinRight, presentsPin } from './pin-commands.ts';
import { ReentrantLock } from './reentrant-lock.ts';
import type { PcscErrorCode } from './scard-codes.ts';
import type { Scheduler } from './scheduler.ts';

/** Everything a connection is made of; built by `PcscService.connect`. */
export interface PcscConnectionInit {
  readonly reader: BindingReader;
  readonly calls: NativeCalls;
  readonly scheduler: Scheduler;
  readonly atr: Uint8Array;
  readonly protocol: ActiveProtocol;
  readonly share: ShareMode;
  /** How long one transmit / control / disconnect may take before it fails with `timeout`. */
  readonly timeoutMs: number;
  /** SCARD_CTL_CODE of the platform. */
  readonly controlCode: (fn: number) => number;
  /** Called once the card handle is released (or abandoned): the reader is free again. */
  readonly onReleased: () => void;
}

/** How {@link PcscConnection.disconnect} ended. */
export interface DisconnectResult {
  /** `reset` when a PIN was presented on this connection (so no PIN right outlives it). */
  readonly disposition: Disposition;
  /**
   * True when `disconnect()` resolved before SCardDisconnect could run: a native call that timed
   * out still holds the reader, and the disconnect (with this disposition) follows when it returns.
   */
  readonly deferred: boolean;
  /** Why SCardDisconnect failed, if it did (e.g. the card or the service is gone). */
  readonly error?: PcscError;
}

/** Maximum response of SCardTransmit: 256 data bytes + SW for T=0 short APDUs, 65536 + SW for T=1. */
const MAX_RESPONSE = { T0: 258, T1: 65538 } as const;
/** pcsc-lite's MAX_BUFFER_SIZE_EXTENDED: the most SCardControl may answer. */
const MAX_CONTROL_RESPONSE = 65548;

/**
 * A card handle from SCardConnect, as a {@link CardChannel}. Every call is bounded by a timeout
 * (a native call that does not return leaves the connection unusable: pcsclite cannot cancel
 * it); a response without a status word is an error; `exclusive` serialises this process's
 * callers (cross-process exclusion needs `share: 'exclusive'`: pcsclite has no
 * SCardBeginTransaction). `disconnect` resets the card when a PIN was presented here.
 */
export class PcscConnection implements CardChannel {
  readonly atr: Uint8Array;
  readonly protocol: ActiveProtocol;
  readonly share: ShareMode;
  readonly readerName: string;
  readonly #init: PcscConnectionInit;
  readonly #lock = new ReentrantLock();
  #unusable: { readonly code: PcscErrorCode; readonly detail: string } | undefined;
  #pinRight = false;
  #features: Promise<PcscFeatures> | undefined;
  #pinpad: PinpadChannel | undefined;
  #released: Promise<DisconnectResult> | undefined;

  constructor(init: PcscConnectionInit) {
    this.#init = init;
    this.atr = init.atr.slice();
    this.protocol = init.protocol;
    this.share = init.share;
    this.readerName = init.reader.name;
  }

  /** `open`, `broken` (a call timed out or the reader/service went away) or `closed`. */
  get state(): 'open' | 'broken' | 'closed' {
    if (this.#released) return 'closed';
    return this.#unusable ? 'broken' : 'open';
  }

  /** PIN entry on the reader, present when it advertises FEATURE_VERIFY_PIN_DIRECT (after {@link features}). */
  get pinpad(): PinpadChannel | undefined {
    return this.#pinpad;
  }

  /** SCardTransmit. Rejects with a PcscError; a response shorter than SW1 SW2 is `card-removed`. */
  transmit(command: Uint8Array): Promise<Uint8Array> {
    return this.#lock.run(async () => {
      this.#assertUsable('transmit');
      const pin = presentsPin(command);
      let response: Uint8Array | undefined;
      try {
        response = await this.#native('transmit', () =>
          this.#init.reader.transmit(command, MAX_RESPONSE[this.protocol], this.protocol),
        );
      } finally {
        if (pin && mayHoldPinRight(response)) this.#pinRight = true;
      }
      // pcscd answers SCARD_S_SUCCESS with no bytes when the card is lost mid-APDU (measured
      // with vpcd; SCARD_E_NOT_TRANSACTED and SCARD_W_REMOVED_CARD follow): a card that was
      // pulled, or stopped answering until it was. Either way the session is gone.
      if (response.length < 2) {
        throw new PcscError(
          'card-removed',
          'transmit',
          `response of ${response.length} bytes has no status word: the card was lost mid-APDU`,
        );
      }
      return response;
    });
  }

  /** SCardControl with `code` (e.g. a part 10 feature's control code). */
  control(code: number, data: Uint8Array): Promise<Uint8Array> {
    return this.#control('control', code, data, this.#init.timeoutMs);
  }

  /** Runs `work` with no other caller of this connection interleaving APDUs (see class doc). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#lock.run(work);
  }

  /**
   * The reader's PC/SC part 10 features (CM_IOCTL_GET_FEATURE_REQUEST, part 10 §2.3), asked
   * once per connection. A failed request or an empty or malformed answer means no features.
   */
  features(): Promise<PcscFeatures> {
    this.#features ??= this.#control(
      'features',
      this.#init.controlCode(GET_FEATURE_REQUEST_FUNCTION),
      new Uint8Array(0),
      this.#init.timeoutMs,
    )
      .then(parseFeatureList)
      .catch((): PcscFeatures => new Map())
      .then((features) => {
        const verify = features.get('VERIFY_PIN_DIRECT');
        if (verify !== undefined)
          this.#pinpad = createPinpad(verify, (c, d, t) => this.#verifyOnPinpad(c, d, t));
        return features;
      });
    return this.#features;
  }

  /**
   * SCardDisconnect with SCARD_RESET_CARD if a PIN was (or may have been) presented on this
   * connection, else SCARD_LEAVE_CARD. Idempotent; never rejects. Later calls on the
   * connection reject with `invalid-handle`. If the disconnect is still waiting for a stuck
   * native call when the timeout passes, resolves with `deferred: true`.
   */
  disconnect(): Promise<DisconnectResult> {
    if (!this.#released) this.#released = this.#release();
    const { scheduler, timeoutMs } = this.#init;
    const released = this.#released;
    return new Promise((resolve) => {
      const cancel = scheduler.setTimer(
        timeoutMs,
        () => resolve({ disposition: this.#disposition(), deferred: true }),
        {
          unref: true,
        },
      );
      void released.then((result) => {
        cancel();
        resolve(result);
      });
    });
  }

  /** Resolves when the card handle is released (also after a deferred disconnect). */
  whenReleased(): Promise<void> {
    return (this.#released ?? Promise.resolve()).then(() => undefined);
  }

  /** Marks the connection unusable because its reader or the service went away. */
  invalidate(code: PcscErrorCode, detail: string): void {
    this.#unusable ??= { code, detail };
  }

  async #release(): Promise<DisconnectResult> {
    const { calls, reader, timeoutMs, onReleased } = this.#init;
    try {
      await calls.idle(); // a stuck call holds the reader object: SCardDisconnect waits for it
      const disposition = this.#disposition();
      try {
        await calls.run('disconnect', () => reader.disconnect(disposition), { timeoutMs });
        return { disposition, deferred: false };
      } catch (error) {
        return { disposition, deferred: false, error: error as PcscError };
      }
    } finally {
      onReleased();
    }
  }

  #disposition(): Disposition {
    return this.#pinRight ? 'reset' : 'leave';
  }

  async #verifyOnPinpad(code: number, structure: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    let response: Uint8Array | undefined;
    try {
      response = await this.#control('pinpad-verify', code, structure, timeoutMs);
      return response;
    } finally {
      if (mayHoldPinRight(response)) this.#pinRight = true;
    }
  }

  #control(operation: PcscOperation, code: number, data: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    return this.#lock.run(async () => {
      this.#assertUsable(operation);
      return this.#native(
        operation,
        () => this.#init.reader.control(code, data, MAX_CONTROL_RESPONSE),
        timeoutMs,
      );
    });
  }

  #native<T>(operation: PcscOperation, call: () => Promise<T>, timeoutMs = this.#init.timeoutMs): Promise<T> {
    return this.#init.calls.run(operation, call, {
      timeoutMs,
      onTimeout: () => this.invalidate('card-unresponsive', 'an earlier call did not return; reconnect'),
    });
  }

  #assertUsable(operation: PcscOperation): void {
    if (this.#released) throw new PcscError('invalid-handle', operation, 'the connection is closed');
    if (this.#unusable) throw new PcscError(this.#unusable.code, operation, this.#unusable.detail);
  }
}
