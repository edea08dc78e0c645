import type { HashName } from '../platform/web-crypto.ts';

/**
 * DER prefixes of `DigestInfo ::= SEQUENCE { digestAlgorithm AlgorithmIdentifier, digest OCTET STRING }`
 * (RFC 8017 §9.2 note 1), up to and including the OCTET STRING header, as listed in
 * belpic-protocol.md §7.1. The card's algorithm reference `01` (1.7, "hash not specified")
 * signs `prefix ‖ hash`.
 */
export const DIGEST_INFO_PREFIX: Readonly<Record<HashName, Uint8Array>> = {
  // 30 21 30 09 06 05 2B0E03021A (1.3.14.3.2.26) 05 00 04 14
  'SHA-1': Uint8Array.of(
    0x30,
    0x21,
    0x30,
    0x09,
    0x06,
    0x05,
    0x2b,
    0x0e,
    0x03,
    0x02,
    0x1a,
    0x05,
    0x00,
    0x04,
    0x14,
  ),
  // 30 31 30 0D 06 09 608648016503040201 (2.16.840.1.101.3.4.2.1) 05 00 04 20
  'SHA-256': sha2Prefix(0x31, 0x01, 0x20),
  // 30 41 30 0D 06 09 608648016503040202 (2.16.840.1.101.3.4.2.2) 05 00 04 30
  'SHA-384': sha2Prefix(0x41, 0x02, 0x30),
  // 30 51 30 0D 06 09 608648016503040203 (2.16.840.1.101.3.4.2.3) 05 00 04 40
  'SHA-512': sha2Prefix(0x51, 0x03, 0x40),
};

/** Digest length in bytes by hash. */
export const DIGEST_LENGTH: Readonly<Record<HashName, number>> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};

function sha2Prefix(sequenceLength: number, oidLastByte: number, digestLength: number): Uint8Array {
  // prettier-ignore
  return Uint8Array.of(
    0x30, sequenceLength,
    0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, oidLastByte, 0x05, 0x00,
    0x04, digestLength,
  );
}

/**
 * `DigestInfo` DER for a digest: {@link DIGEST_INFO_PREFIX}`[hash] ‖ digest` (belpic-protocol.md
 * §7.1, §7.3). Throws a `RangeError` when `digest` does not have the hash's length: that is a
 * caller bug, not card input.
 */
export function digestInfo(hash: HashName, digest: Uint8Array): Uint8Array {
  if (digest.length !== DIGEST_LENGTH[hash]) {
    throw new RangeError(`${hash} digest must be ${DIGEST_LENGTH[hash]} bytes, got ${digest.length}`);
  }
  const prefix = DIGEST_INFO_PREFIX[hash];
  const out = new Uint8Array(prefix.length + digest.length);
  out.set(prefix);
  out.set(digest, prefix.length);
  return out;
}
