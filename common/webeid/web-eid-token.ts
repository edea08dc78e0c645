import { trimCertificateFile } from '../der/card-file-trim.ts';
import { encodeBase64 } from '../pki/base64.ts';
import type { WebEidAlgorithm } from './web-eid-algorithms.ts';

/** The token format this project emits (pki-and-signing.md §5: 1.1 would reject Belgian cards). */
export const WEB_EID_FORMAT = 'web-eid:1.0';

/**
 * The Web eID authentication token, format `web-eid:1.0` (pki-and-signing.md §5.1), as the
 * wizard sends it and the service receives it.
 */
export interface WebEidToken {
  /** Base64 DER of the authentication certificate (padding trimmed). */
  readonly unverifiedCertificate: string;
  /** `RS256` (applet 1.7) or `ES384` (applet 1.8). */
  readonly algorithm: string;
  /** Base64 signature over H(origin) ‖ H(nonce): PKCS#1 v1.5, or raw r‖s for ECDSA. */
  readonly signature: string;
  readonly format: string;
  readonly appVersion?: string;
}

/** What {@link buildWebEidToken} needs. */
export interface WebEidTokenInput {
  /** The authentication certificate `5038`, DER or as read (padding is trimmed). */
  readonly certificate: Uint8Array;
  readonly algorithm: WebEidAlgorithm;
  /** The card's signature over `webEidDigest(...)`, exactly as returned (raw r‖s for EC). */
  readonly signature: Uint8Array;
  /** An informative URL of the wizard release, e.g. `https://…/releases/v1.2.3`. */
  readonly appVersion?: string;
}

/**
 * The `web-eid:1.0` token (pki-and-signing.md §5.1, §5.4 step 2): standard base64 (RFC 4648
 * §4) of the trimmed certificate DER and of the signature as the card returned it (JWS
 * signatures are raw r‖s for ECDSA, which is the card's format). Throws a `RangeError` when
 * the certificate file is empty.
 */
export function buildWebEidToken(input: WebEidTokenInput): WebEidToken {
  const der = trimCertificateFile(input.certificate);
  if (der === undefined) throw new RangeError('no authentication certificate (the file is zero-filled)');
  const token = {
    unverifiedCertificate: encodeBase64(der),
    algorithm: input.algorithm,
    signature: encodeBase64(input.signature),
    format: WEB_EID_FORMAT,
  };
  return input.appVersion === undefined ? token : { ...token, appVersion: input.appVersion };
}
