import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { ParseError } from '../../common/binary/parse-error.ts';
import { decodeBase64 } from '../../common/pki/base64.ts';
import { curveFieldLength } from '../../common/pki/public-key.ts';
import { isWebEidAlgorithm, WEB_EID_ALGORITHMS } from '../../common/webeid/web-eid-algorithms.ts';
import { webEidSignedData } from '../../common/webeid/web-eid-digest.ts';
import type { StoredCertificate } from './certificate-store.ts';
import { verifyHolderChain } from './holder-chain.ts';
import { holderProfileProblem } from './holder-profile.ts';
import { verifyWithKey } from './node-signature.ts';
import { revocationCode } from './revocation.ts';
import { isWebEidTokenShape } from './token-shape.ts';
import type { AuthenticationInput, AuthenticationResult } from './verifier.ts';
import type { VerifierContext } from './verifier-context.ts';

const refuse = (code: ApiErrorCode): AuthenticationResult => ({ ok: false, code });

/**
 * Standard padded base64 only, as every binary field of the API (server/http/decode.ts):
 * `decodeBase64` alone also skips whitespace (PEM line breaks), which a token must not have.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  try {
    return decodeBase64(text);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

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
  const data = await webEidSignedData(input.origin, input.nonce, spec.hash);
  return verifyWithKey(
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
 * Returns the national number (subject serialNumber) and the certificate's SHA-256.
 */
export async function authenticateToken(
  context: VerifierContext,
  input: AuthenticationInput,
): Promise<AuthenticationResult> {
  const { token } = input;
  if (!isWebEidTokenShape(token)) return refuse('token-malformed');
  if (!token.format.startsWith('web-eid:1')) return refuse('token-format-unsupported');
  if (!context.algorithms.has(token.algorithm)) return refuse('token-algorithm-unsupported');
  const certificate = decode(token.unverifiedCertificate);
  const signature = decode(token.signature);
  if (certificate === undefined || signature === undefined) return refuse('malformed-base64');

  const chain = await verifyHolderChain(
    context,
    certificate,
    input.caCertificate,
    'authentication',
    input.now,
  );
  if (!chain.ok) return refuse(chain.code);
  const { leaf, issuer } = chain;
  const profile = holderProfileProblem(leaf.info, 'authentication', context);
  if (profile !== undefined) return refuse(profile);
  if (!(await signatureValid(leaf, token.algorithm, signature, input)))
    return refuse('token-signature-invalid');

  const revocation = await revocationCode(context, leaf, issuer, input.now);
  if (revocation !== undefined) return refuse(revocation);
  return {
    ok: true,
    nationalNumber: leaf.info.subject.serialNumber as string,
    certificateSha256: leaf.sha256,
  };
}
