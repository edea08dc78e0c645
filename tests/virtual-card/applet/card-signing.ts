import { constants, createHash, privateEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { signP384Digest } from '../pki/deterministic-ecdsa.ts';
import { derEcdsaToRaw } from './ecdsa-raw.ts';
import type { SignatureScheme } from './personality.ts';

/**
 * DigestInfo prefixes (DER) the 1.7 card puts before a bare hash for refs 02/04/08
 * (belpic-protocol.md §7.1, "DigestInfo prefixes").
 */
const DIGEST_INFO_PREFIX = {
  sha1: '3021300906052b0e03021a05000414',
  md5: '3020300c06082a864886f70d020505000410',
  sha256: '3031300d060960864801650304020105000420',
} as const;

const HASH_LENGTH = { sha1: 20, md5: 16, sha256: 32 } as const;

/** The DTBS lengths an algorithm accepts; PSO answers 6700 for any other (RM17 §6.8, RM18 §6.13). */
export function acceptsDtbsLength(scheme: SignatureScheme, length: number): boolean {
  switch (scheme.kind) {
    case 'rsa-pkcs1-raw':
      return length >= 1 && length <= 245; // 2048-bit modulus minus 11 bytes of PKCS#1 padding
    case 'rsa-pkcs1':
    case 'rsa-pss':
      return length === HASH_LENGTH[scheme.hash];
    case 'ecdsa':
      return scheme.digestLengths.includes(length);
  }
}

/**
 * Computes what PSO:CDS returns: the RSA signature (256 bytes, big-endian) with the card
 * doing the PKCS#1 v1.5 or PSS encoding itself, or ECDSA P-384 as raw `r ‖ s` over the
 * given digest (belpic-protocol.md §5.3, §7.2).
 */
export function cardSign(scheme: SignatureScheme, key: KeyObject, dtbs: Uint8Array): Uint8Array {
  switch (scheme.kind) {
    case 'rsa-pkcs1-raw':
      return rsaPkcs1Type1(key, dtbs);
    case 'rsa-pkcs1':
      return rsaPkcs1Type1(key, Buffer.concat([Buffer.from(DIGEST_INFO_PREFIX[scheme.hash], 'hex'), dtbs]));
    case 'rsa-pss':
      return rsaPssPrehashed(key, scheme.hash, dtbs);
    case 'ecdsa':
      return derEcdsaToRaw(signP384Digest(key, dtbs), 48);
  }
}

function rsaPkcs1Type1(key: KeyObject, block: Uint8Array): Uint8Array {
  return new Uint8Array(privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, block));
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) over a precomputed hash, salt length = hash length, MGF1 with the same hash. */
function rsaPssPrehashed(key: KeyObject, hash: 'sha1' | 'sha256', mHash: Uint8Array): Uint8Array {
  const modulusBits = key.asymmetricKeyDetails?.modulusLength ?? 2048;
  const emBits = modulusBits - 1;
  const emLen = Math.ceil(emBits / 8);
  const hLen = HASH_LENGTH[hash];
  const salt = randomBytes(hLen);
  const h = createHash(hash).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
  const db = Buffer.alloc(emLen - hLen - 1);
  db[emLen - 2 * hLen - 2] = 0x01;
  salt.copy(db, emLen - 2 * hLen - 1);
  const mask = mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i]! ^= mask[i]!;
  db[0]! &= 0xff >> (8 * emLen - emBits);
  const em = Buffer.concat([db, h, Buffer.of(0xbc)]);
  const padded = Buffer.concat([Buffer.alloc(Math.ceil(modulusBits / 8) - em.length), em]);
  return new Uint8Array(privateEncrypt({ key, padding: constants.RSA_NO_PADDING }, padded));
}

function mgf1(hash: 'sha1' | 'sha256', seed: Uint8Array, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let counter = 0; chunks.length * HASH_LENGTH[hash] < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    chunks.push(createHash(hash).update(seed).update(c).digest());
  }
  return Buffer.concat(chunks).subarray(0, length);
}
