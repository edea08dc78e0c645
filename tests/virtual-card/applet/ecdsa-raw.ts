/**
 * Converts a DER `Ecdsa-Sig-Value` (RFC 3279 §2.2.3) to the raw `r ‖ s` the card returns from
 * PSO:CDS and INTERNAL AUTHENTICATE on 1.8: each half `size` bytes, big-endian, leading zeros
 * kept (RM18 §6.11, §6.13; belpic-protocol.md §5.3).
 */
export function derEcdsaToRaw(der: Uint8Array, size: number): Uint8Array {
  if (der[0] !== 0x30) throw new Error('not a DER SEQUENCE');
  let offset = der[1]! & 0x80 ? 2 + (der[1]! & 0x7f) : 2;
  const out = new Uint8Array(2 * size);
  for (const half of [0, 1]) {
    if (der[offset] !== 0x02) throw new Error('not a DER INTEGER');
    const length = der[offset + 1]!;
    let value = der.subarray(offset + 2, offset + 2 + length);
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    if (value.length > size) throw new Error('integer longer than the curve size');
    out.set(value, half * size + size - value.length);
    offset += 2 + length;
  }
  return out;
}
