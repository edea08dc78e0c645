import type { BindingReader, ReaderStatus } from './binding.ts';
import type { PcscConnection } from './card-connection.ts';
import { NativeCalls } from './native-calls.ts';
import type { Scheduler } from './scheduler.ts';

/** A reader as {@link PcscService.readers} reports it. */
export interface ReaderInfo {
  readonly name: string;
  readonly cardPresent: boolean;
  /** The ATR of the card in the reader, when one is present and answered the reset. */
  readonly atr?: Uint8Array;
  /** A card is present but mute (SCARD_STATE_MUTE). */
  readonly mute?: boolean;
  /** This process has a connection open on the reader. */
  readonly connected: boolean;
}

/** What changed in a reader's card slot between two status reports. */
export type SlotChange = 'inserted' | 'removed' | 'swapped' | 'none';

/** The service's record of one reader: its binding object, last status and connection. */
export class ReaderEntry {
  readonly binding: BindingReader;
  readonly calls: NativeCalls;
  status: ReaderStatus | undefined;
  connection: PcscConnection | undefined;
  /** A connect is under way (one card handle per reader object in pcsclite). */
  connecting = false;

  constructor(binding: BindingReader, scheduler: Scheduler) {
    this.binding = binding;
    this.calls = new NativeCalls(scheduler);
  }

  get name(): string {
    return this.binding.name;
  }

  get cardPresent(): boolean {
    return this.status?.present === true;
  }

  /** Records a status report and says what it means for the card slot. */
  update(status: ReaderStatus): SlotChange {
    const previous = this.status;
    this.status = status;
    const was = previous?.present === true;
    if (!was && status.present) return 'inserted';
    if (was && !status.present) return 'removed';
    if (was && status.present && previous !== undefined && previous.eventCount !== status.eventCount) {
      return 'swapped';
    }
    return 'none';
  }

  info(): ReaderInfo {
    const present = this.cardPresent;
    const status = this.status;
    return {
      name: this.name,
      cardPresent: present,
      ...(present && status && status.atr.length > 0 ? { atr: status.atr.slice() } : {}),
      ...(present && status?.mute ? { mute: true } : {}),
      connected: this.connection !== undefined,
    };
  }

  /**
   * Stops the reader's status monitor. pcsclite's close takes the reader object's mutex on
   * the main thread, which a stuck SCardTransmit holds: wait until no native call runs.
   */
  close(): void {
    void this.calls.idle().then(() => {
      try {
        this.binding.close();
      } catch {
        // Closing a monitor that already ended (service gone) may fail; nothing is left to release.
      }
    });
  }
}
