/** The keyUsage bits of RFC 5280 §4.2.1.3, by name. */
export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

/** One flag per keyUsage bit. */
export type KeyUsageFlags = Readonly<Record<KeyUsageName, boolean>>;

/**
 * Bit positions (RFC 5280 §4.2.1.3, `KeyUsage ::= BIT STRING { digitalSignature (0), … }`;
 * bit 0 is the most significant bit of the first content byte after the unused-bits byte).
 */
export const KEY_USAGE_BIT: Readonly<Record<KeyUsageName, number>> = {
  digitalSignature: 0, // eID authentication certificate, RRN certificate
  nonRepudiation: 1, // "contentCommitment": eID signature certificate, RRN certificate
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5, // roots, Citizen CA, Foreigner CA
  cRLSign: 6, // roots, Citizen CA, Foreigner CA
  encipherOnly: 7,
  decipherOnly: 8,
};

/**
 * The flags of a keyUsage BIT STRING given as its content bytes (without the unused-bits
 * byte). Bits past the end read as unset, as DER drops trailing zero bits (X.690 §11.2.2).
 */
export function keyUsageFromBits(bits: Uint8Array): KeyUsageFlags {
  const isSet = (bit: number): boolean => (((bits[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) === 1;
  const entries = Object.entries(KEY_USAGE_BIT).map(([name, bit]) => [name, isSet(bit)] as const);
  return Object.fromEntries(entries) as Record<KeyUsageName, boolean>;
}
