import { createRequire } from 'node:module';

/** The parts of the `pcsclite` addon the tests use (it ships no type declarations). */
interface PcscReader {
  readonly name: string;
  state: number;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_LEAVE_CARD: number;
  readonly SCARD_RESET_CARD: number;
  on(event: 'status', listener: (status: { state: number; atr?: Buffer }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  connect(
    options: { share_mode: number; protocol: number },
    cb: (error: Error | null, protocol: number) => void,
  ): void;
  disconnect(disposition: number, cb: (error: Error | null) => void): void;
  transmit(
    data: Buffer,
    maxLength: number,
    protocol: number,
    cb: (error: Error | null, data: Buffer) => void,
  ): void;
  close(): void;
}

interface Pcsc {
  on(event: 'reader', listener: (reader: PcscReader) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
}

const pcsclite = createRequire(import.meta.url)('pcsclite') as () => Pcsc;

/**
 * Test-side PC/SC access through the machine's pcscd (the product's driver is native/pcsc/).
 * It lets integration tests talk to a virtual card exactly as any PC/SC host would: wait
 * for the card in a named reader, connect shared with T=0, transmit raw APDUs.
 */
export class PcscTestReader {
  readonly #pcsc: Pcsc;
  readonly #reader: PcscReader;
  #protocol = 0;
  #present = false;
  #atr: Uint8Array = new Uint8Array(0);
  readonly #waiters = new Set<() => void>();

  private constructor(pcsc: Pcsc, reader: PcscReader) {
    this.#pcsc = pcsc;
    this.#reader = reader;
    reader.on('status', (status) => {
      this.#present = (status.state & reader.SCARD_STATE_PRESENT) !== 0;
      if (status.atr && status.atr.length > 0) this.#atr = new Uint8Array(status.atr);
      for (const wake of this.#waiters) wake();
    });
    reader.on('error', () => undefined);
  }

  /** Finds the reader called `name` (e.g. "Virtual PCD 00 00") within `timeoutMs`. */
  static open(name: string, timeoutMs = 5000): Promise<PcscTestReader> {
    return new Promise((resolve, reject) => {
      const pcsc = pcsclite();
      const timer = setTimeout(() => {
        pcsc.close();
        reject(new Error(`reader "${name}" not found within ${timeoutMs} ms: is pcscd running with vpcd?`));
      }, timeoutMs);
      pcsc.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      pcsc.on('reader', (reader) => {
        if (reader.name !== name) return;
        clearTimeout(timer);
        resolve(new PcscTestReader(pcsc, reader));
      });
    });
  }

  /** The ATR pcscd reported for the card in the reader. */
  get atr(): Uint8Array {
    return this.#atr;
  }

  get cardPresent(): boolean {
    return this.#present;
  }

  /** Resolves when the reader reports a card (`true`) or no card (`false`). */
  waitForCard(present: boolean, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.#present !== present) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`card ${present ? 'insertion' : 'removal'} not seen within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  /** Connects in shared mode with T=0, as eid-mw does (belpic-protocol.md §1.2). */
  connect(): Promise<void> {
    const r = this.#reader;
    return new Promise((resolve, reject) =>
      r.connect({ share_mode: r.SCARD_SHARE_SHARED, protocol: r.SCARD_PROTOCOL_T0 }, (error, protocol) => {
        if (error) return reject(error);
        this.#protocol = protocol;
        resolve();
      }),
    );
  }

  /** Sends one APDU and returns the raw response (data ‖ SW1 SW2). */
  transmit(command: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) =>
      this.#reader.transmit(Buffer.from(command), 258, this.#protocol, (error, data) =>
        error ? reject(error) : resolve(new Uint8Array(data)),
      ),
    );
  }

  /** Disconnects, resetting the card (a session that verified the PIN must not leave it verified). */
  disconnect(): Promise<void> {
    const r = this.#reader;
    return new Promise((resolve) => r.disconnect(r.SCARD_RESET_CARD, () => resolve()));
  }

  /** Releases the PC/SC context. */
  close(): void {
    this.#pcsc.close();
  }
}
