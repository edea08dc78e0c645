import { describe, expect, it } from 'vitest';
import { DIGEST_INFO_PREFIX, digestInfo } from '../../../../common/der/digest-info.ts';
import type { HashName } from '../../../../common/platform/web-crypto.ts';
import { hex } from '../../../support/hex.ts';

/** The prefixes exactly as printed in belpic-protocol.md §7.1. */
const PRINTED: readonly (readonly [HashName, string, number])[] = [
  ['SHA-1', '30 21 30 09 06 05 2B 0E 03 02 1A 05 00 04 14', 20],
  ['SHA-256', '30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20', 32],
  ['SHA-384', '30 41 30 0D 06 09 60 86 48 01 65 03 04 02 02 05 00 04 30', 48],
  ['SHA-512', '30 51 30 0D 06 09 60 86 48 01 65 03 04 02 03 05 00 04 40', 64],
];

describe('DigestInfo (belpic-protocol.md §7.1)', () => {
  it.each(PRINTED)('%s prefix matches the spec', (hash, prefix) => {
    expect(DIGEST_INFO_PREFIX[hash]).toEqual(hex(prefix));
  });

  it.each(PRINTED)('digestInfo(%s) is prefix ‖ digest, a complete DER SEQUENCE', (hash, prefix, length) => {
    const digest = Uint8Array.from({ length }, (_, i) => 0xa0 + i);

    const info = digestInfo(hash, digest);

    expect(info).toEqual(Uint8Array.from([...hex(prefix), ...digest]));
    expect(info[1]! + 2).toBe(info.length);
  });

  it('rejects a digest of the wrong length', () => {
    expect(() => digestInfo('SHA-256', new Uint8Array(20))).toThrow(RangeError);
  });
});
