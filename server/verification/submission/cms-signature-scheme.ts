import { CMS_OID, hashOfOid } from '../../../common/pki/cms/cms-oids.ts';
import type { AlgorithmModel } from '../../../common/pki/cms/read-cades-signature.ts';
import type { HashName } from '../../../common/platform/web-crypto.ts';
import { SIGNATURE_ALGORITHMS } from '../../../common/pki/signature-scheme.ts';
import type { NodeSignatureScheme } from '../node-signature.ts';

/** Digests a CAdES signature may use (RFC 5754; SHA-1 is refused). */
const DIGESTS: ReadonlySet<HashName> = new Set(['SHA-256', 'SHA-384', 'SHA-512']);

/** The SignerInfo `digestAlgorithm` as a hash, when allowed (parameters absent or NULL, RFC 5754 §2). */
export function cmsDigest(algorithm: AlgorithmModel): HashName | undefined {
  const hash = hashOfOid(algorithm.oid);
  if (hash === undefined || !DIGESTS.has(hash) || algorithm.parameters instanceof Uint8Array)
    return undefined;
  return hash;
}

/**
 * The node:crypto scheme of a SignerInfo `signatureAlgorithm` (RFC 5652 §5.3) with the
 * SignerInfo's digest `hash`: `rsaEncryption` (RFC 3370 §3.2, hash from digestAlgorithm) or
 * `sha*WithRSAEncryption` with NULL or absent parameters; `ecdsa-with-SHA*` with ABSENT
 * parameters (RFC 5758 §3.2). An algorithm whose own hash differs from `hash` is refused,
 * as is anything else.
 */
export function cmsSignatureScheme(
  algorithm: AlgorithmModel,
  hash: HashName,
): NodeSignatureScheme | undefined {
  if (algorithm.oid === CMS_OID.rsaEncryption) {
    return algorithm.parameters instanceof Uint8Array ? undefined : { kind: 'rsa-pkcs1-v1_5', hash };
  }
  const scheme = SIGNATURE_ALGORITHMS.get(algorithm.oid);
  if (scheme === undefined || scheme.hash !== hash) return undefined;
  if (scheme.kind === 'ecdsa')
    return algorithm.parameters === 'absent' ? { ...scheme, ecdsaEncoding: 'der' } : undefined;
  return algorithm.parameters instanceof Uint8Array ? undefined : scheme;
}
