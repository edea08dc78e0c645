/** One exchange as the card saw it. */
export interface TraceEntry {
  readonly command: Uint8Array;
  readonly response: Uint8Array;
  /** Time from command arrival to response, in milliseconds (includes injected delays). */
  readonly milliseconds: number;
}

/** Names of the instructions, for readable per-command counts. */
const INSTRUCTION_NAMES: Readonly<Record<number, string>> = {
  0xa4: 'SELECT',
  0xb0: 'READ BINARY',
  0xc0: 'GET RESPONSE',
  0x20: 'VERIFY',
  0x24: 'CHANGE REFERENCE DATA',
  0x2c: 'RESET RETRY COUNTER',
  0x22: 'MSE SET',
  0x2a: 'PSO CDS',
  0x84: 'GET CHALLENGE',
  0x88: 'INTERNAL AUTHENTICATE',
  0xe4: 'GET CARD DATA',
  0xe6: 'LOG OFF',
  0xb2: 'READ RECORD',
};

/** The name of an instruction byte, or its hex. */
export function instructionName(ins: number): string {
  return INSTRUCTION_NAMES[ins] ?? `INS ${ins.toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * Every APDU the virtual card answered: count, bytes each way, per-command counts. Tests and
 * benchmarks read it to check how many APDUs a host needed and what it sent.
 */
export class ApduTrace {
  readonly #entries: TraceEntry[] = [];

  /** Records one exchange. */
  record(entry: TraceEntry): void {
    this.#entries.push(entry);
  }

  get entries(): readonly TraceEntry[] {
    return this.#entries;
  }

  get count(): number {
    return this.#entries.length;
  }

  get bytesSent(): number {
    return this.#entries.reduce((n, e) => n + e.command.length, 0);
  }

  get bytesReceived(): number {
    return this.#entries.reduce((n, e) => n + e.response.length, 0);
  }

  /** How many times each instruction was sent, by name. */
  byInstruction(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const e of this.#entries) {
      const name = instructionName(e.command[1] ?? -1);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  }

  /** Commands as upper-case spaced hex, e.g. `00 A4 08 0C 06 3F 00 DF 01 40 31`. */
  commandsHex(): string[] {
    return this.#entries.map((e) => toHex(e.command));
  }

  clear(): void {
    this.#entries.length = 0;
  }
}

/** Upper-case spaced hex. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}
