/**
 * The files a host reads, with their path and how their end is found without FCI
 * (belpic-protocol.md §2.1 file table, §3.2 "File length without FCI").
 */
export type CardFileName =
  | 'identity'
  | 'identitySignature'
  | 'address'
  | 'addressSignature'
  | 'photo'
  | 'basicKey'
  | 'authenticationCertificate'
  | 'signingCertificate'
  | 'caCertificate'
  | 'rootCertificate'
  | 'rrnCertificate';

/**
 * How reading stops:
 * - `whole-file`: until the card says end of file (short block, 6Cxx, 6B00); signature
 *   files are read whole because the address signature covers 4032 as read, padding
 *   included (§5.1);
 * - `der-length`: a certificate; its DER header (`30 82 LL LL`) gives the length and the
 *   card padding after it is never read (§3.2); an all-zero start means "absent".
 * - `tlv-trailing-zeros`: TLV file read whole, then trailing 00 padding is stripped (§3.2).
 */
export type ReadRule = 'whole-file' | 'der-length' | 'tlv-trailing-zeros';

export interface CardFile {
  /** File identifiers from the MF, without 3F00 (e.g. DF01 4031). */
  readonly path: readonly [number, number];
  readonly rule: ReadRule;
  /** Present only on applets with a basic key (1.8, §2.1). */
  readonly needsBasicKey?: boolean;
}

export const CARD_FILES: Readonly<Record<CardFileName, CardFile>> = {
  identity: { path: [0xdf01, 0x4031], rule: 'whole-file' },
  identitySignature: { path: [0xdf01, 0x4032], rule: 'whole-file' },
  // The address file is stored zero-padded; the signature covers it stripped (§5.1), so the
  // stripped form is what callers get.
  address: { path: [0xdf01, 0x4033], rule: 'tlv-trailing-zeros' },
  addressSignature: { path: [0xdf01, 0x4034], rule: 'whole-file' },
  photo: { path: [0xdf01, 0x4035], rule: 'whole-file' },
  basicKey: { path: [0xdf01, 0x4040], rule: 'der-length', needsBasicKey: true },
  authenticationCertificate: { path: [0xdf00, 0x5038], rule: 'der-length' },
  signingCertificate: { path: [0xdf00, 0x5039], rule: 'der-length' },
  caCertificate: { path: [0xdf00, 0x503a], rule: 'der-length' },
  rootCertificate: { path: [0xdf00, 0x503b], rule: 'der-length' },
  rrnCertificate: { path: [0xdf00, 0x503c], rule: 'der-length' },
};

/** The five certificate files, in the order a chain is usually assembled. */
export const CERTIFICATE_FILES = [
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
  'rootCertificate',
  'rrnCertificate',
] as const satisfies readonly CardFileName[];
