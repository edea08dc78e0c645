import { createHash, sign, type KeyObject } from 'node:crypto';
import type { CardKeys } from './applet/card-keys.ts';
import { FID, type FileContents } from './applet/file-system.ts';
import { PERSONALITIES, type Personality } from './applet/personality.ts';
import { concat, zeroPad } from './card-data/der.ts';
import { buildAddressFile, buildIdentityFile } from './card-data/identity-file.ts';
import { makePhoto } from './card-data/photo.ts';
import {
  certificateDirectory,
  EF_AODF,
  EF_DIR,
  EF_ODF,
  privateKeyDirectory,
  tokenInfo,
} from './card-data/pkcs15-files.ts';
import { PROFILES, profileNationalNumber, type CardProfile } from './card-data/profiles.ts';
import { signP384Sha384 } from './pki/deterministic-ecdsa.ts';
import { deriveKeyPair } from './pki/key-pair.ts';
import { createTestPki, issueCardholderCertificates } from './pki/test-pki.ts';
import type { TestCertificate, TestPki } from './pki/pki-types.ts';

/** The default seed: every test and demo gets the same cards unless it asks otherwise. */
export const DEFAULT_SEED = 'eid-wizard-test';

/** Size of the zero-padded EC RRN signature files on 1.8 (UNCONFIRMED on real cards; 256 as on the re-keyed 1.7 specimen, belpic-protocol.md §5.2). */
const EC_SIGNATURE_FILE_SIZE = 256;

/** Everything a virtual card holds, plus the test PKI it came from (for verifying in tests). */
export interface CardImage {
  readonly id: string;
  readonly profile: CardProfile;
  readonly personality: Personality;
  readonly serial: Uint8Array;
  readonly nationalNumber: string;
  readonly files: FileContents;
  readonly keys: CardKeys;
  readonly pki: TestPki;
  readonly certificates: {
    readonly authentication: TestCertificate;
    readonly signing: TestCertificate | undefined;
  };
  readonly pinTriesLeft: number;
}

/** The card ids `<profile>-<applet>`, e.g. `citizen-1.8`, `kids-1.7`. */
export function cardIds(): string[] {
  return [...PROFILES.keys()].flatMap((p) => [`${p}-1.7`, `${p}-1.8`]);
}

/** Builds the complete, deterministic content of the card `id` (see {@link cardIds}). */
export function buildCardImage(id: string, seed: string = DEFAULT_SEED): CardImage {
  const match = /^(.+)-(1\.[78])$/.exec(id);
  const profile = match ? PROFILES.get(match[1]!) : undefined;
  if (!match || !profile) throw new Error(`unknown card '${id}'; choose one of: ${cardIds().join(', ')}`);
  const personality = PERSONALITIES[match[2] as '1.7' | '1.8'];
  const pki = createTestPki(seed, personality.keyAlgorithm);
  const nationalNumber = profileNationalNumber(profile);
  const serial = chipSerial(seed, id);
  const certs = issueCardholderCertificates(pki, {
    seed: `${seed}/${id}`,
    holder: { givenNames: profile.holder.firstNames, surname: profile.holder.surname, nationalNumber },
    issuer: profile.issuer,
    notBefore: cardDate(profile.card.validFrom),
    notAfter: cardDate(profile.card.validUntil),
    withSigning: profile.withSigningCertificate,
  });
  const basic = personality.internalAuthenticate ? deriveKeyPair('p384', seed, `basic/${id}`) : undefined;
  const basicKeyFile = basic
    ? new Uint8Array(basic.publicKey.export({ type: 'spki', format: 'der' }))
    : undefined;
  const photo = makePhoto(personality.photoSize.width, personality.photoSize.height, serial[15]!);
  const identity = buildIdentityFile(profile, {
    chipNumber: serial,
    nationalNumber,
    photoHash: digest(personality.photoHash, photo),
    basicKeyHash: basicKeyFile ? digest('sha384', basicKeyFile) : undefined,
  });
  const address = zeroPad(buildAddressFile(profile), personality.addressFileSize);
  const identitySignature = rrnSign(pki, identity);
  const addressSignature = rrnSign(pki, concat(stripTrailingZeros(address), identitySignature));
  const ca = profile.issuer === 'citizen' ? pki.citizenCa : pki.foreignerCa;
  const pad = personality.certificatePadding;
  const certFile = (cert: TestCertificate | undefined, padding: number): Uint8Array =>
    cert ? zeroPad(cert.der, cert.der.length + padding) : new Uint8Array(personality.absentCertificateSize);
  const files: FileContents = {
    root: new Map([[FID.DIR, EF_DIR]]),
    belpic: new Map([
      [FID.ODF, EF_ODF],
      [FID.TOKEN_INFO, tokenInfo(serial, personality)],
      [FID.AODF, EF_AODF],
      [FID.PRKDF, privateKeyDirectory(personality, certs.signing !== undefined)],
      [
        FID.CDF,
        certificateDirectory(personality, { authentication: true, signing: certs.signing !== undefined }),
      ],
      [FID.CERT_AUTH, certFile(certs.authentication, pad.user)],
      [FID.CERT_SIGN, certFile(certs.signing, pad.user)],
      [FID.CERT_CA, certFile(ca, pad.ca)],
      [FID.CERT_ROOT, certFile(pki.root, pad.root)],
      [FID.CERT_RRN, certFile(pki.rrn, pad.rrn)],
    ]),
    id: new Map([
      [FID.IDENTITY, identity],
      [FID.IDENTITY_SIGNATURE, identitySignature],
      [FID.ADDRESS, address],
      [FID.ADDRESS_SIGNATURE, addressSignature],
      [FID.PHOTO, photo],
      ...(basicKeyFile ? [[FID.BASIC_PUBLIC_KEY, basicKeyFile] as const] : []),
    ]),
  };
  const keys: CardKeys = {
    authentication: certs.authentication.keyPair.privateKey,
    nonRepudiation: certs.signing?.keyPair.privateKey,
    basic: basic?.privateKey,
  };
  return {
    id,
    profile,
    personality,
    serial,
    nationalNumber,
    files,
    keys,
    pki,
    certificates: { authentication: certs.authentication, signing: certs.signing },
    pinTriesLeft: profile.pinTriesLeft,
  };
}

/**
 * RRN signature over a file (belpic-protocol.md §5.2): RSA PKCS#1 v1.5 with SHA-256 (1.7, Root
 * CA4 era, 256 bytes) or ECDSA P-384 with SHA-384, DER, zero padded (1.8).
 */
function rrnSign(pki: TestPki, data: Uint8Array): Uint8Array {
  const key: KeyObject = pki.rrn.keyPair.privateKey;
  if (pki.algorithm === 'rsa2048') return new Uint8Array(sign('sha256', data, key));
  return zeroPad(signP384Sha384(key, data), EC_SIGNATURE_FILE_SIZE);
}

/** 16-byte chip serial: "SLIN" (chip manufacturer prefix seen on real cards, §1.4) and 12 bytes from the seed. */
function chipSerial(seed: string, id: string): Uint8Array {
  const tail = createHash('sha256').update(`${seed}/chip/${id}`).digest().subarray(0, 12);
  return concat(new TextEncoder().encode('SLIN'), tail);
}

function digest(algorithm: 'sha256' | 'sha384', data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(algorithm).update(data).digest());
}

function stripTrailingZeros(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/** `DD.MM.YYYY` → midnight UTC of that day. */
function cardDate(text: string): Date {
  const [day, month, year] = text.split('.').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
