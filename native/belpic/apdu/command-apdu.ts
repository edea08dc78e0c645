/**
 * Short command APDUs (ISO/IEC 7816-4 §5.1): `CLA INS P1 P2 [Lc data] [Le]`. BELPIC is T=0
 * only (belpic-protocol.md §1.2), so case-4 commands are sent without Le and answered with
 * 61xx; every builder here therefore takes either data or Le, never both.
 */
export interface CommandHeader {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
}

/** Case 1 (no data, no Le) or case 3 (data, no Le): `CLA INS P1 P2 [Lc data]`. */
export function commandWithData(header: CommandHeader, data?: Uint8Array): Uint8Array {
  if (!data || data.length === 0) return Uint8Array.of(header.cla, header.ins, header.p1, header.p2);
  if (data.length > 255) throw new RangeError('short APDU data is at most 255 bytes');
  const apdu = new Uint8Array(5 + data.length);
  apdu.set([header.cla, header.ins, header.p1, header.p2, data.length]);
  apdu.set(data, 5);
  return apdu;
}

/** Case 2 (expects data): `CLA INS P1 P2 Le`, with Le 1..256 (256 is encoded `00`). */
export function commandExpecting(header: CommandHeader, le: number): Uint8Array {
  if (!Number.isInteger(le) || le < 1 || le > 256) throw new RangeError('Le must be 1..256');
  return Uint8Array.of(header.cla, header.ins, header.p1, header.p2, le & 0xff);
}
