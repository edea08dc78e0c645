import { ecdsaDerToRaw, trimDerSignatureFile } from '../../../common/der/index.ts';
import {
  hashForDigestLength,
  type LengthImpliedHash,
} from '../../../common/eid/integrity/hash-for-length.ts';
import { curveFieldLength } from '../../../common/pki/public-key.ts';
import type { StoredCertificate } from '../certificate-store.ts';
import { verifyAlongside, verifyWithKeyAsync, type NodeSignatureScheme } from '../node-signature.ts';

/**
 * Whether an RRN signature file verifies over `data` with the RRN certificate's cached
 * `KeyObject` (node:crypto), by the recipe of common/eid/integrity `verifyRrnSignature`
 * (belpic-protocol.md §5.2), which parses the certificate and imports its key into WebCrypto
 * on every call (about 1 ms per check, twice per submission):
 *
 * - EC: ECDSA with SHA-384 over the file trimmed to its DER length, converted to `r ‖ s` by
 *   `ecdsaDerToRaw` (the same strictness as there);
 * - RSA: PKCS#1 v1.5 with the digest the photo-hash length implies (SHA-256 when unknown),
 *   then SHA-256 after SHA-1 for a 20-byte photo hash; the signature is the file as read;
 * - any other key: false.
 *
 * Malformed signature files (and an unknown photo-hash length) throw a `ParseError`, as there,
 * synchronously; the signature itself is checked on the thread pool (`verifyWithKeyAsync`), or
 * with `alongside` given, by `verifyAlongside` (on the event loop when the pool holds no more
 * than that many checks).
 */
export function rrnSignatureValid(
  rrn: StoredCertificate,
  data: Uint8Array,
  signatureFile: Uint8Array,
  photoHashLength: number | undefined,
  alongside?: number,
): Promise<boolean> {
  const verify = (scheme: NodeSignatureScheme, signature: Uint8Array) =>
    alongside === undefined
      ? verifyWithKeyAsync(rrn.key, scheme, data, signature)
      : verifyAlongside(alongside, rrn.key, scheme, data, signature);
  const { publicKey } = rrn.info;
  if (publicKey.kind === 'ec' && publicKey.curve !== undefined) {
    const raw = ecdsaDerToRaw(trimDerSignatureFile(signatureFile), curveFieldLength(publicKey.curve));
    const scheme = { kind: 'ecdsa', hash: 'SHA-384', ecdsaEncoding: 'ieee-p1363' } as const;
    return verify(scheme, raw);
  }
  if (publicKey.kind !== 'rsa') return Promise.resolve(false);
  const first: LengthImpliedHash =
    photoHashLength === undefined ? 'SHA-256' : hashForDigestLength(photoHashLength, 'photo hash');
  const hashes: LengthImpliedHash[] = photoHashLength === 20 ? [first, 'SHA-256'] : [first];
  return anyVerifies(hashes, (hash) => verify({ kind: 'rsa-pkcs1-v1_5', hash }, signatureFile));
}

/** Whether `verify` holds for one of `hashes`, tried in order. */
async function anyVerifies(
  hashes: readonly LengthImpliedHash[],
  verify: (hash: LengthImpliedHash) => Promise<boolean>,
): Promise<boolean> {
  for (const hash of hashes) if (await verify(hash)) return true;
  return false;
}
