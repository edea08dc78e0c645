import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { ParseError } from '../../common/binary/parse-error.ts';
import { parseCertificate, type CertificateInfo } from '../../common/pki/certificate.ts';
import { readCertificateFast } from './fast-certificate.ts';

/** A parsed certificate with its node:crypto public key, ready for fast signature checks. */
export interface StoredCertificate {
  readonly info: CertificateInfo;
  /** Lower-case hex SHA-256 of the DER (the repository's hash form). */
  readonly sha256: string;
  readonly key: KeyObject;
}

/** SHA-256 of `bytes`, lower-case hex (node:crypto: ~100× cheaper than a pkijs parse). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parsed certificates and their `KeyObject`s, keyed by the SHA-256 of the DER, least recently
 * used first out (pki-and-signing.md §7: "cache issuer KeyObjects"). The CA and RRN
 * certificates repeat across registrations and are parsed once; holder certificates pass
 * through. The model is `common/pki`'s `CertificateInfo`, the one the wizard uses: read by
 * `readCertificateFast` (Node's X509Certificate and a strict DER walk, some 50 µs) when the
 * certificate is plain DER it models exactly, else by `parseCertificate` (pkijs, about a
 * millisecond), which then also decides what is malformed.
 */
export class CertificateStore {
  readonly #entries = new Map<string, StoredCertificate>();
  readonly #capacity: number;

  constructor(capacity = 512) {
    this.#capacity = capacity;
  }

  /** The certificate `der` (exact DER); a malformed one throws a {@link ParseError}. */
  async get(der: Uint8Array): Promise<StoredCertificate> {
    const sha256 = sha256Hex(der);
    const cached = this.#entries.get(sha256);
    if (cached !== undefined) {
      this.#entries.delete(sha256);
      this.#entries.set(sha256, cached);
      return cached;
    }
    const fast = readCertificateFast(der, sha256);
    const stored = fast === undefined ? await parsedSlowly(der, sha256) : { ...fast, sha256 };
    this.#entries.set(sha256, stored);
    if (this.#entries.size > this.#capacity)
      this.#entries.delete(this.#entries.keys().next().value as string);
    return stored;
  }
}

/** {@link CertificateStore} entry through pkijs (`parseCertificate`) and `createPublicKey`. */
async function parsedSlowly(der: Uint8Array, sha256: string): Promise<StoredCertificate> {
  let info: CertificateInfo;
  try {
    info = await parseCertificate(der);
  } catch (error) {
    // asn1js throws plain Errors for some malformed values (e.g. a GeneralizedTime that is
    // not one) before parseCertificate can wrap them: all of it is malformed input here.
    if (error instanceof ParseError) throw error;
    throw new ParseError('certificate', 0, 'not a parsable X.509 certificate');
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(info.raw.spki), format: 'der', type: 'spki' });
  } catch {
    throw new ParseError('certificate', 0, 'public key not usable by node:crypto');
  }
  return { info, sha256, key };
}
