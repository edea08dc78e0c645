import { hex } from './hex.ts';

/**
 * A deliberately small BELPIC host for tests (the product's one is native/belpic/): the
 * minimal read and sign flows of belpic-protocol.md §0 and §12.1 over any `transmit`.
 */
export { hex };

export type Transmit = (command: Uint8Array) => Promise<Uint8Array>;

/** Response split into data and status word. */
export interface Response {
  readonly data: Uint8Array;
  readonly sw: number;
}

/** Sends a command and splits the response. */
export async function send(transmit: Transmit, command: Uint8Array | string): Promise<Response> {
  const raw = await transmit(typeof command === 'string' ? hex(command) : command);
  return { data: raw.subarray(0, raw.length - 2), sw: (raw[raw.length - 2]! << 8) | raw[raw.length - 1]! };
}

/** Throws unless the status word is 9000. */
export function expectOk(response: Response, what: string): Uint8Array {
  if (response.sw !== 0x9000) throw new Error(`${what}: SW ${response.sw.toString(16).toUpperCase()}`);
  return response.data;
}

/**
 * SELECT by path with P1=08 and 3F00 (the minidriver/OpenSC form), then READ BINARY with
 * Le F8 until a short block, `6Cxx` (re-read exactly) or `6B00` (belpic-protocol.md §3.1).
 */
export async function readFile(transmit: Transmit, path: string): Promise<Uint8Array> {
  const p = hex(path);
  expectOk(await send(transmit, Uint8Array.of(0x00, 0xa4, 0x08, 0x0c, p.length, ...p)), `SELECT ${path}`);
  const chunks: Uint8Array[] = [];
  for (let offset = 0; ;) {
    let r = await send(transmit, Uint8Array.of(0x00, 0xb0, offset >> 8, offset & 0xff, 0xf8));
    if (r.sw >> 8 === 0x6c)
      r = await send(transmit, Uint8Array.of(0x00, 0xb0, offset >> 8, offset & 0xff, r.sw & 0xff));
    if (r.sw === 0x6b00) break;
    chunks.push(expectOk(r, `READ BINARY ${path} @${offset}`));
    offset += r.data.length;
    if (r.data.length < 0xf8) break;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((o, c) => (out.set(c, o), o + c.length), 0);
  return out;
}

/** Trims a zero-padded certificate file to its DER length (`30 82 LL LL`, belpic-protocol.md §3.2). */
export function certificateDer(file: Uint8Array): Uint8Array {
  if (file[0] !== 0x30 || file[1] !== 0x82) throw new Error('not a certificate');
  return file.subarray(0, ((file[2]! << 8) | file[3]!) + 4);
}

/** The format-2 PIN block (belpic-protocol.md §6.1). */
export function pinBlock(pin: string): Uint8Array {
  const nibbles = `2${pin.length.toString(16)}${pin}`.padEnd(16, 'f');
  return hex(nibbles);
}

/**
 * MSE SET → VERIFY → PSO:CDS → GET RESPONSE with nothing in between (belpic-protocol.md §7.3),
 * returning the card's signature (RSA bytes, or raw r‖s on 1.8).
 */
export async function sign(
  transmit: Transmit,
  key: 0x82 | 0x83,
  algorithm: number,
  dtbs: Uint8Array,
  pin: string,
): Promise<Uint8Array> {
  expectOk(
    await send(transmit, Uint8Array.of(0x00, 0x22, 0x41, 0xb6, 0x05, 0x04, 0x80, algorithm, 0x84, key)),
    'MSE SET',
  );
  expectOk(await send(transmit, Uint8Array.of(0x00, 0x20, 0x00, 0x01, 0x08, ...pinBlock(pin))), 'VERIFY');
  const pso = await send(transmit, Uint8Array.of(0x00, 0x2a, 0x9e, 0x9a, dtbs.length, ...dtbs));
  if (pso.sw >> 8 !== 0x61) throw new Error(`PSO: SW ${pso.sw.toString(16)}`);
  return expectOk(await send(transmit, Uint8Array.of(0x00, 0xc0, 0x00, 0x00, pso.sw & 0xff)), 'GET RESPONSE');
}
