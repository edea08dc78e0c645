import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import type { WebEidToken } from '../../common/webeid/web-eid-token.ts';

/**
 * The Web eID authentication token, format `web-eid:1.0` (pki-and-signing.md §5.1), as the
 * wizard sends it: defined in `common/webeid/` (the wizard builds it), re-exported here.
 */
export type { WebEidToken };

export interface AuthenticationInput {
  readonly token: WebEidToken;
  /** DER of the Citizen/Foreigner CA that issued the authentication certificate. */
  readonly caCertificate: Uint8Array;
  /** The service's configured origin, e.g. `https://register.example.be`. */
  readonly origin: string;
  /** The session's nonce as the base64 string that was signed. */
  readonly nonce: string;
  readonly now: Date;
}

export type AuthenticationResult =
  | {
      readonly ok: true;
      readonly nationalNumber: string;
      readonly certificateSha256: string;
    }
  | { readonly ok: false; readonly code: ApiErrorCode };

/**
 * A submission, decoded from the request (base64 → bytes): the exact canonical JSON of the
 * application, its detached CAdES-BES signature, the card files with their RRN signatures,
 * and the certificates needed to check them.
 */
export interface SubmissionInput {
  readonly application: Uint8Array;
  readonly signature: Uint8Array;
  readonly files: {
    readonly identity: Uint8Array;
    readonly identitySignature: Uint8Array;
    readonly address: Uint8Array;
    readonly addressSignature: Uint8Array;
    readonly photo?: Uint8Array;
    readonly rrnCertificate: Uint8Array;
  };
  readonly signingCertificate: Uint8Array;
  readonly caCertificate: Uint8Array;
  readonly contact: { readonly email: string; readonly phone?: string };
  /** What the session already established. */
  readonly session: {
    readonly id: string;
    readonly enrolmentId: string;
    readonly nationalNumber: string;
  };
  readonly now: Date;
}

export type SubmissionResult =
  | {
      readonly ok: true;
      /** SHA-256 (hex) of `application`: the idempotency key. */
      readonly applicationSha256: string;
      /** "First names Surname" from the RRN-signed identity file, for the phone's confirmation. */
      readonly holderName: string;
    }
  | { readonly ok: false; readonly code: ApiErrorCode };

/** Everything the service verifies cryptographically, behind one seam (routes stay thin). */
export interface Verifier {
  authenticate(input: AuthenticationInput): Promise<AuthenticationResult>;
  verifySubmission(input: SubmissionInput): Promise<SubmissionResult>;
}
