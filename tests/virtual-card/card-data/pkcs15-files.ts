import type { Personality } from '../applet/personality.ts';
import { bits, booleanTrue, concat, hex, integer, octets, seq, tlv, utf8, zeroPad, type Der } from './der.ts';

/**
 * EF(DIR) `3F00/2F00`, 37 bytes: PKCS#15 application template with the DF(BELPIC) AID, label
 * "BELPIC", path 3F00DF00 and OID 2.16.56.2 (belpic-protocol.md §2.3).
 */
export const EF_DIR = hex(
  '61 23 4F 0C A0 00 00 01 77 50 4B 43 53 2D 31 35 50 06 42 45 4C 50 49 43 51 04 3F 00 DF 00 73 05 06 03 60 38 02',
);

/** EF(ODF) `5031`, 36 bytes: [0] PrKDF 5035, [4] CDF 5037, [8] AODF 5034 (belpic-protocol.md §2.3). */
export const EF_ODF = hex(
  'A0 0A 30 08 04 06 3F 00 DF 00 50 35 A4 0A 30 08 04 06 3F 00 DF 00 50 37 A8 0A 30 08 04 06 3F 00 DF 00 50 34',
);

/**
 * EF(AODF) `5034`, 53 bytes: "Basic PIN", authId 01, BCD type, min 4, stored length 8,
 * reference 1, pad char FF, path 3F00 (belpic-protocol.md §2.3).
 */
export const EF_AODF = hex(
  '30 33 30 0F 0C 09 42 61 73 69 63 20 50 49 4E 03 02 06 C0 30 03 04 01 01 A1 1B 30 19 03 02 02 0C 0A 01 00 02 01 04 02 01 08 80 01 01 04 01 FF 30 04 04 02 3F 00',
);

/**
 * EF(TokenInfo) `5032`: `30 27 02 01 00 04 10 <serial> 80 06 "BELPIC" 03 02 04 30 9E 04 <v1 v2 v3 v4>`
 * (belpic-protocol.md §2.3).
 */
export function tokenInfo(serial: Uint8Array, personality: Personality): Uint8Array {
  return seq(
    integer(0x00),
    tlv(0x04, serial),
    tlv(0x80, new TextEncoder().encode('BELPIC')),
    bits(0x04, 0x30),
    tlv(0x9e, personality.tokenInfoVersions),
  );
}

const PATH_BELPIC_DF = [0x3f, 0x00, 0xdf, 0x00];

/**
 * EF(PrKDF) `5035` (belpic-protocol.md §2.3): "Authentication" key 82 and "Signature" key 83
 * (userConsent 1). 1.7 entries are tagged `30` (RSA, 2048 bits), 1.8 entries `A0` (EC, 384).
 */
export function privateKeyDirectory(personality: Personality, withSigningKey: boolean): Uint8Array {
  const { privateKeyTag, keyBits } = personality.pkcs15;
  const keyAttributes = tlv(0xa1, seq(seq(octets(...PATH_BELPIC_DF)), integer(keyBits >> 8, keyBits & 0xff)));
  const auth = tlv(
    privateKeyTag,
    seq(utf8('Authentication'), bits(0x06, 0xc0), octets(0x01)),
    seq(octets(0x02), bits(0x05, 0x20), bits(0x03, 0xb8), integer(0x00, 0x82)),
    keyAttributes,
  );
  const sign = tlv(
    privateKeyTag,
    seq(utf8('Signature'), bits(0x06, 0xc0), octets(0x01), integer(0x01)),
    seq(octets(0x03), bits(0x06, 0x00, 0x40), bits(0x03, 0xb8), integer(0x00, 0x83)),
    keyAttributes,
  );
  return withSigningKey ? concat(auth, sign) : auth;
}

/** Which certificates the card holds (absent ones are left out of the CDF). */
export interface CertificatePresence {
  readonly authentication: boolean;
  readonly signing: boolean;
}

/**
 * EF(CDF) `5037` (belpic-protocol.md §2.3): entries Authentication/Signature/CA/Root pointing
 * at 5038..503B. 1.8 uses flags `06 40` and an explicit `83 01 00` (implicitTrust FALSE).
 * Absent certificates are removed, the rest shifted and the tail zero-filled to the full size.
 */
export function certificateDirectory(personality: Personality, present: CertificatePresence): Uint8Array {
  const ec = personality.pkcs15.ecdsaCdf;
  const entry = (label: string, id: number, fid: number, authority: boolean): Der =>
    seq(
      seq(utf8(label), ec ? bits(0x06, 0x40) : bits(0x06, 0xc0), octets(0x01)),
      seq(octets(id), ...(authority ? [booleanTrue()] : []), ...(ec ? [tlv(0x83, Uint8Array.of(0))] : [])),
      tlv(0xa1, seq(seq(octets(0x3f, 0x00, 0xdf, 0x00, fid >> 8, fid & 0xff)))),
    );
  const all = [
    { der: entry('Authentication', 0x02, 0x5038, false), present: present.authentication },
    { der: entry('Signature', 0x03, 0x5039, false), present: present.signing },
    { der: entry('CA', 0x04, 0x503a, true), present: true },
    { der: entry('Root', 0x06, 0x503b, true), present: true },
  ];
  const full = concat(...all.map((e) => e.der));
  return zeroPad(concat(...all.filter((e) => e.present).map((e) => e.der)), full.length);
}
