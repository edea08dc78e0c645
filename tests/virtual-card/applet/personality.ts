import { hex } from '../../support/hex.ts';

/**
 * What differs between applet 1.7 (RSA-2048) and applet 1.8 (ECDSA P-384) cards, as data.
 * Every value cites belpic-protocol.md; the applet code reads this table and never branches
 * on a version number.
 */
export type SignatureScheme =
  | { readonly kind: 'rsa-pkcs1-raw' } // host supplies DigestInfo ‖ hash (§7.1 ref 01 on 1.7)
  | { readonly kind: 'rsa-pkcs1'; readonly hash: 'sha1' | 'md5' | 'sha256' }
  | { readonly kind: 'rsa-pss'; readonly hash: 'sha1' | 'sha256' }
  | { readonly kind: 'ecdsa'; readonly digestLengths: readonly number[] };

/** One applet generation. */
export interface Personality {
  readonly id: '1.7' | '1.8';
  /** Answer-to-reset (§1.1). */
  readonly atr: Uint8Array;
  /** GET CARD DATA bytes 16–27 after the serial: component code … life cycle (§1.4). */
  readonly cardDataTail: Uint8Array;
  /** Whether GET CARD DATA P2=01 (31 bytes with PIN tries) is supported (1.8 only, §1.4). */
  readonly cardDataWithPinTries: boolean;
  readonly keyAlgorithm: 'rsa2048' | 'p384';
  /** MSE SET algorithm references and the scheme each selects (§7.1 table). */
  readonly mseAlgorithms: ReadonlyMap<number, SignatureScheme>;
  /** Whether MSE SET accepts the basic key 81 (1.8, for commons-eid, §7.5). */
  readonly mseAcceptsBasicKey: boolean;
  /** Commands allowed between VERIFY and a non-repudiation PSO: 0 on 1.7, 1 on 1.8 (§6.3). */
  readonly nonRepudiationWindow: number;
  /** Zero bytes after a present certificate's DER, by file (§2.1). */
  readonly certificatePadding: {
    readonly user: number;
    readonly ca: number;
    readonly root: number;
    readonly rrn: number;
  };
  /** Size of a zero-filled absent certificate file (§2.1). */
  readonly absentCertificateSize: number;
  /** INTERNAL AUTHENTICATE with the basic key 81 (1.8 only, §7.5). */
  readonly internalAuthenticate: boolean;
  /** READ RECORD on the TLV files (1.8 only, §3.4). */
  readonly readRecord: boolean;
  /** SW for SELECT of a non-activated file: 6283 on 1.7, 6985 on 1.8 (§2.2). */
  readonly fileNotActivatedSw: number;
  /** The ID file photo-hash algorithm (§4.2 tag 11) and RRN signature hash (§5.2). */
  readonly photoHash: 'sha256' | 'sha384';
  /** TokenInfo trailing version bytes: graphical perso, electrical perso, interface, RFU (§2.3). */
  readonly tokenInfoVersions: Uint8Array;
  /** PKCS#15 encodings that differ (§2.3): PrKDF entry tag and key size, CDF flags. */
  readonly pkcs15: { readonly privateKeyTag: number; readonly keyBits: number; readonly ecdsaCdf: boolean };
  /** Fixed address file size, zero padded (§4.5). */
  readonly addressFileSize: number;
  /** Photo dimensions (§4.6: 140×200 on older cards, 150×195 since 2021). */
  readonly photoSize: { readonly width: number; readonly height: number };
}

/** Applet 1.7: the 13-byte ATR shared with 1.1, RSA-2048, SHA-256 era (Root CA4). */
export const APPLET_17: Personality = {
  id: '1.7',
  atr: hex('3B 98 13 40 0A A5 03 01 01 01 AD 13 11'),
  // component F3, OS 36 v01, softmask 25 v01, applet 17, global OS 0003, interface 00,
  // PKCS#1 v2.1 (21), key exchange 01, life cycle 0F PERSONALIZED (§1.4, 1.7 column).
  cardDataTail: hex('F3 36 01 25 01 17 00 03 00 21 01 0F'),
  cardDataWithPinTries: false,
  keyAlgorithm: 'rsa2048',
  mseAlgorithms: new Map<number, SignatureScheme>([
    [0x01, { kind: 'rsa-pkcs1-raw' }],
    [0x02, { kind: 'rsa-pkcs1', hash: 'sha1' }],
    [0x04, { kind: 'rsa-pkcs1', hash: 'md5' }],
    [0x08, { kind: 'rsa-pkcs1', hash: 'sha256' }],
    [0x10, { kind: 'rsa-pss', hash: 'sha1' }],
    [0x20, { kind: 'rsa-pss', hash: 'sha256' }],
  ]),
  mseAcceptsBasicKey: false,
  nonRepudiationWindow: 0,
  certificatePadding: { user: 50, ca: 50, root: 0, rrn: 0 },
  absentCertificateSize: 1300,
  internalAuthenticate: false,
  readRecord: false,
  fileNotActivatedSw: 0x6283,
  photoHash: 'sha256',
  tokenInfoVersions: hex('01 03 00 00'),
  pkcs15: { privateKeyTag: 0x30, keyBits: 2048, ecdsaCdf: false },
  addressFileSize: 117,
  photoSize: { width: 140, height: 200 },
};

/** Applet 1.8: its own ATR, ECDSA P-384 user and basic keys, SHA-384 data signatures. */
export const APPLET_18: Personality = {
  id: '1.8',
  atr: hex('3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00'),
  // Bytes 16–20 are chip specific and UNCONFIRMED for 1.8 (§1.4); 18 = applet 1.8, global OS
  // 0001, interface 00, no PKCS#1 v2.x (00), key exchange 02, life cycle 0F.
  cardDataTail: hex('F4 40 01 31 01 18 00 01 00 00 02 0F'),
  cardDataWithPinTries: true,
  keyAlgorithm: 'p384',
  mseAlgorithms: new Map<number, SignatureScheme>([
    [0x01, { kind: 'ecdsa', digestLengths: [32] }],
    [0x02, { kind: 'ecdsa', digestLengths: [48] }],
    [0x04, { kind: 'ecdsa', digestLengths: [64] }],
    [0x08, { kind: 'ecdsa', digestLengths: [32] }],
    [0x10, { kind: 'ecdsa', digestLengths: [48] }],
    [0x20, { kind: 'ecdsa', digestLengths: [64] }],
    [0x40, { kind: 'ecdsa', digestLengths: [20, 28, 32, 48, 64] }],
  ]),
  mseAcceptsBasicKey: true,
  nonRepudiationWindow: 1,
  certificatePadding: { user: 1100, ca: 1100, root: 1100, rrn: 1100 },
  absentCertificateSize: 2500,
  internalAuthenticate: true,
  readRecord: true,
  fileNotActivatedSw: 0x6985,
  photoHash: 'sha384',
  tokenInfoVersions: hex('01 04 00 00'),
  pkcs15: { privateKeyTag: 0xa0, keyBits: 384, ecdsaCdf: true },
  addressFileSize: 121,
  photoSize: { width: 150, height: 195 },
};

/** Both personalities by id. */
export const PERSONALITIES = { '1.7': APPLET_17, '1.8': APPLET_18 } as const;
