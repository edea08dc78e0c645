/**
 * Orders two encodings as X.690 §11.6 orders the components of a DER `SET OF`: "as octet
 * strings with the shorter components being padded at their trailing end with 0-octets".
 * Negative when `a` sorts first.
 */
export function compareDerEncodings(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether `encodings` are in DER `SET OF` order (X.690 §11.6); equal neighbours are allowed. */
export function isDerSetOrder(encodings: readonly Uint8Array[]): boolean {
  return encodings.every(
    (encoding, i) => i === 0 || compareDerEncodings(encodings[i - 1] as Uint8Array, encoding) <= 0,
  );
}
