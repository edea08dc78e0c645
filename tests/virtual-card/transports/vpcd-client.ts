import { connect, type Socket } from 'node:net';
import type { VirtualCard } from '../virtual-card.ts';
import { quickAck } from './tcp-quickack.ts';

/** vpcd listens on 35963 for reader "Virtual PCD 00 00" and 35964 for "… 00 01" (test-environment.md). */
export const VPCD_BASE_PORT = 35963;

/** One-byte control payloads from vpcd (vsmartcard vpcd protocol, test-environment.md). */
const CONTROL = { POWER_OFF: 0x00, POWER_ON: 0x01, RESET: 0x02, GET_ATR: 0x04 } as const;

/** Where to find vpcd and whether to use the TCP_QUICKACK fix. */
export interface VpcdOptions {
  /** Virtual reader index: 0 → port 35963, 1 → 35964. */
  readonly reader?: number;
  readonly host?: string;
  readonly port?: number;
  readonly quickAck?: boolean;
}

/**
 * Puts a {@link VirtualCard} into a vpcd reader of the machine's pcscd: the card is the TCP
 * client, connecting is inserting, closing is removing. Frames both ways are a 2-byte
 * big-endian length and a payload; a 1-byte payload from vpcd is a control byte (power off,
 * power on, reset, "send your ATR"), anything longer a command APDU. Follows the card's
 * insert/remove events, so fault injection that removes the card also empties the reader.
 */
export class VpcdClient {
  readonly card: VirtualCard;
  readonly #host: string;
  readonly #port: number;
  readonly #quickAck: boolean;
  #socket: Socket | undefined;
  #buffer = new Uint8Array(0);
  #queue: Promise<void> = Promise.resolve();
  #quickAckWorks = false;
  readonly #unsubscribe: () => void;

  constructor(card: VirtualCard, options: VpcdOptions = {}) {
    this.card = card;
    this.#host = options.host ?? '127.0.0.1';
    this.#port = options.port ?? VPCD_BASE_PORT + (options.reader ?? 0);
    this.#quickAck = options.quickAck ?? true;
    this.#unsubscribe = card.onEvent((event) => {
      if (event === 'removed') this.#drop();
      else void this.connect();
    });
  }

  /** Whether TCP_QUICKACK could be set on the socket. */
  get quickAckActive(): boolean {
    return this.#quickAckWorks;
  }

  get connected(): boolean {
    return this.#socket !== undefined && !this.#socket.destroyed;
  }

  /** Connects to vpcd (inserts the card into the reader). */
  connect(): Promise<void> {
    if (this.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.#host, port: this.#port });
      socket.setNoDelay(true);
      socket.once('connect', () => {
        this.#socket = socket;
        this.#buffer = new Uint8Array(0);
        if (this.#quickAck) this.#quickAckWorks = quickAck(socket);
        resolve();
      });
      socket.once('error', (error) => {
        if (this.#socket !== socket) reject(error);
      });
      socket.on('data', (chunk) => this.#onData(socket, chunk));
      socket.on('close', () => {
        if (this.#socket === socket) this.#socket = undefined;
      });
    });
  }

  /** Removes the card from the reader and stops following its events. */
  close(): void {
    this.#unsubscribe();
    this.#drop();
  }

  #drop(): void {
    this.#socket?.destroy();
    this.#socket = undefined;
  }

  #onData(socket: Socket, chunk: Uint8Array): void {
    if (this.#quickAck) quickAck(socket);
    const merged = new Uint8Array(this.#buffer.length + chunk.length);
    merged.set(this.#buffer);
    merged.set(chunk, this.#buffer.length);
    let offset = 0;
    while (merged.length - offset >= 2) {
      const length = (merged[offset]! << 8) | merged[offset + 1]!;
      if (merged.length - offset - 2 < length) break;
      const payload = merged.slice(offset + 2, offset + 2 + length);
      offset += 2 + length;
      this.#queue = this.#queue.then(() => this.#handle(socket, payload));
    }
    this.#buffer = merged.slice(offset);
  }

  async #handle(socket: Socket, payload: Uint8Array): Promise<void> {
    if (payload.length === 1) {
      const control = payload[0];
      if (control === CONTROL.GET_ATR) send(socket, this.card.atr);
      else if (control === CONTROL.POWER_ON || control === CONTROL.RESET || control === CONTROL.POWER_OFF)
        this.card.reset();
      return;
    }
    try {
      send(socket, await this.card.transmit(payload));
    } catch {
      // Removed or reset while silent: the socket is closed by the removal, nothing to answer.
    }
  }
}

function send(socket: Socket, payload: Uint8Array): void {
  if (socket.destroyed) return;
  const frame = new Uint8Array(payload.length + 2);
  frame[0] = payload.length >> 8;
  frame[1] = payload.length & 0xff;
  frame.set(payload, 2);
  socket.write(frame);
}
