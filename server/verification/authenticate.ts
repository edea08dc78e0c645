import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { curveFieldLength } from '../../common/pki/public-key.ts';
import { isWebEidAlgorithm, WEB_EID_ALGORITHMS } from '../../common/webeid/web-eid-algorithms.ts';
import { begun } from './begun.ts';
import type { StoredCertificate } from './certificate-store.ts';
import { startHolderChain } from './holder-chain.ts';
import { holderProfileProblem } from './holder-profile.ts';
import { isRoutineKey, verifyAlongside } from './node-signature.ts';
import { revocationCode } from './revocation.ts';
import { decodeStrictBase64 } from './strict-base64.ts';
import { isWebEidTokenShape } from './token-shape.ts';
import { webEidSignedDataSync } from './web-eid-data.ts';
import type { AuthenticationInput, AuthenticationResult } from './verifier.ts';
import type { VerifierContext } from './verifier-context.ts';

const refuse = (code: ApiErrorCode): AuthenticationResult => ({ ok: false, code });

/** Whether the token signature verifies (RFC 7518 §3; raw r‖s for ES*, whose curve must match). */
async function signatureValid(
  leaf: StoredCertificate,
  algorithm: string,
  signature: Uint8Array,
  input: AuthenticationInput,
): Promise<boolean> {
  if (!isWebEidAlgorithm(algorithm)) return false;
  const spec = WEB_EID_ALGORITHMS[algorithm];
  const key = leaf.info.publicKey;
  if (spec.kind === 'ecdsa') {
    if (key.kind !== 'ec' || key.curve === undefined || key.curve !== spec.curve) return false;
    if (signature.length !== 2 * curveFieldLength(key.curve)) return false;
  }
  const data = webEidSignedDataSync(input.origin, input.nonce, spec.hash);
  // Started right after the certificate's own signature check (1 on the pool).
  return verifyAlongside(
    1,
    leaf.key,
    { kind: spec.kind, hash: spec.hash, ecdsaEncoding: 'ieee-p1363' },
    data,
    signature,
  );
}

/**
 * Validates a Web eID `web-eid:1.0` token (pki-and-signing.md §5.1–§5.2), in the Java
 * validator's order, each failure with its code:
 *
 * 1. shape (`token-malformed`); `format` starts with `web-eid:1` (`token-format-unsupported`);
 *    `algorithm` on the allowlist of `context.algorithms` (`token-algorithm-unsupported`);
 * 2. base64 of certificate and signature (`malformed-base64`);
 * 3. certificate → `caCertificate` → trust anchors, purpose authentication
 *    (`certificate-malformed|untrusted|expired|not-yet-valid|wrong-key-usage`), subject
 *    `C=BE` + national number, Belgian authentication policy (§2.2);
 * 4. the signature over `H(origin) ‖ H(nonce)` with node:crypto (`token-signature-invalid`:
 *    also a wrong origin or nonce, which the signature alone cannot tell apart);
 * 5. OCSP when configured (`certificate-revoked` / `certificate-revocation-unknown`).
 *
 * The token signature (4) is computed alongside the certificate's own signature (3) when the
 * key is routine (`isRoutineKey`), but its verdict is only looked at after 3 held, so the
 * codes come in the order above. Returns the national number (subject serialNumber) and the certificate's SHA-256.
 */
export async function authenticateToken(
  context: VerifierContext,
  input: AuthenticationInput,
): Promise<AuthenticationResult> {
  const { token } = input;
  if (!isWebEidTokenShape(token)) return refuse('token-malformed');
  if (!token.format.startsWith('web-eid:1')) return refuse('token-format-unsupported');
  if (!context.algorithms.has(token.algorithm)) return refuse('token-algorithm-unsupported');
  // Standard padded base64 only, as every binary field of the API (no whitespace).
  const certificate = decodeStrictBase64(token.unverifiedCertificate);
  const signature = decodeStrictBase64(token.signature);
  if (certificate === undefined || signature === undefined) return refuse('malformed-base64');

  const chain = await startHolderChain(
    context,
    certificate,
    input.caCertificate,
    'authentication',
    input.now,
  );
  if (!chain.ok) return refuse(chain.code);
  const { leaf, issuer } = chain;
  // A routine key's check starts now, alongside the certificate's own; any other waits for it.
  const early = isRoutineKey(leaf.key)
    ? begun(signatureValid(leaf, token.algorithm, signature, input))
    : undefined;
  const link = await chain.link;
  if (link !== undefined) return refuse(link);
  const profile = holderProfileProblem(leaf.info, 'authentication', context);
  if (profile !== undefined) return refuse(profile);
  const tokenSignature = early ?? signatureValid(leaf, token.algorithm, signature, input);
  if (!(await tokenSignature)) return refuse('token-signature-invalid');

  const revocation = await revocationCode(context, leaf, issuer, input.now);
  if (revocation !== undefined) return refuse(revocation);
  return {
    ok: true,
    nationalNumber: leaf.info.subject.serialNumber as string,
    certificateSha256: leaf.sha256,
  };
}
