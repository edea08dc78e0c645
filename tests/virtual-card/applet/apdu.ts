import { SW } from './status-words.ts';

/**
 * A short command APDU as the applet receives it over T=0 (ISO 7816-4 §5.1, ISO 7816-3 §10.3):
 * `CLA INS P1 P2 [P3 [data]] [Le]`. On T=0 the fifth byte is either Lc (case 3/4) or Le
 * (case 2); a trailing Le after the data is tolerated (belpic-protocol.md §12.2: "accept and
 * ignore a trailing Le byte").
 */
export interface CommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  /** The command data field (empty for case 1 and case 2). */
  readonly data: Uint8Array;
  /** Expected response length: undefined when absent, 256 when encoded as `00`. */
  readonly le: number | undefined;
}

/** A response APDU: data followed by SW1 SW2. */
export interface ResponseApdu {
  readonly data: Uint8Array;
  readonly sw: number;
}

/** Thrown for bytes that do not form a short APDU; the applet answers {@link SW.WRONG_LENGTH}. */
export class MalformedApduError extends Error {
  override readonly name = 'MalformedApduError';
  readonly sw = SW.WRONG_LENGTH;
}

/** Parses a short command APDU (cases 1 to 4). Extended length is not used by BELPIC. */
export function parseCommandApdu(bytes: Uint8Array): CommandApdu {
  if (bytes.length < 4) throw new MalformedApduError(`APDU of ${bytes.length} bytes`);
  const [cla, ins, p1, p2] = bytes as unknown as [number, number, number, number];
  const body = bytes.subarray(4);
  if (body.length === 0) return { cla, ins, p1, p2, data: new Uint8Array(0), le: undefined };
  const p3 = body[0]!;
  if (body.length === 1) return { cla, ins, p1, p2, data: new Uint8Array(0), le: p3 === 0 ? 256 : p3 };
  if (body.length === 1 + p3) return { cla, ins, p1, p2, data: body.slice(1), le: undefined };
  if (body.length === 2 + p3) {
    const le = body[1 + p3]!;
    return { cla, ins, p1, p2, data: body.slice(1, 1 + p3), le: le === 0 ? 256 : le };
  }
  throw new MalformedApduError(`Lc ${p3} does not match ${body.length - 1} data bytes`);
}

/** Serialises a response APDU to the bytes sent to the reader. */
export function encodeResponse(response: ResponseApdu): Uint8Array {
  const out = new Uint8Array(response.data.length + 2);
  out.set(response.data, 0);
  out[response.data.length] = response.sw >> 8;
  out[response.data.length + 1] = response.sw & 0xff;
  return out;
}

/** A response with a status word only. */
export function status(sw: number): ResponseApdu {
  return { data: new Uint8Array(0), sw };
}
