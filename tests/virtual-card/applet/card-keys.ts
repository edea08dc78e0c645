import type { KeyObject } from 'node:crypto';

/** The private keys inside the chip (belpic-protocol.md §2.1 "Private objects"). */
export interface CardKeys {
  /** Key 82, authentication. Absent on cards without an authentication certificate. */
  readonly authentication: KeyObject | undefined;
  /** Key 83, non-repudiation. Absent (not activated) on Kids-ID and on cards without a signing certificate. */
  readonly nonRepudiation: KeyObject | undefined;
  /** Key 81, basic key (1.8): signs INTERNAL AUTHENTICATE challenges. */
  readonly basic: KeyObject | undefined;
}

/** Key references used in MSE SET and INTERNAL AUTHENTICATE (belpic-protocol.md §7.1, §7.5). */
export const KEY_REF = { BASIC: 0x81, AUTHENTICATION: 0x82, NON_REPUDIATION: 0x83 } as const;

/** The private key a key reference names, if the card has it. */
export function keyFor(keys: CardKeys, reference: number): KeyObject | undefined {
  if (reference === KEY_REF.AUTHENTICATION) return keys.authentication;
  if (reference === KEY_REF.NON_REPUDIATION) return keys.nonRepudiation;
  if (reference === KEY_REF.BASIC) return keys.basic;
  return undefined;
}
