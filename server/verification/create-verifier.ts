import { AnchorLinks } from './anchor-links.ts';
import { authenticateToken } from './authenticate.ts';
import { CertificateStore } from './certificate-store.ts';
import type { RevocationChecker } from './ocsp/ocsp-checker.ts';
import { verifySubmission } from './submission/verify-submission.ts';
import type { VerifierContext } from './verifier-context.ts';
import type { Verifier } from './verifier.ts';

/** Web eID algorithms accepted by default: what Belgian cards produce (pki-and-signing.md §5.4). */
export const DEFAULT_TOKEN_ALGORITHMS: readonly string[] = ['RS256', 'ES384'];

/** Options of {@link createVerifier}. */
export interface VerifierOptions {
  /** DER root certificates (e.g. `TrustAnchor.der` of `loadPinnedTrustAnchors`). */
  readonly trustAnchors: readonly Uint8Array[];
  /** Revocation checks of the holder certificates; none when absent (tests, offline demos). */
  readonly ocsp?: RevocationChecker;
  /**
   * Web eID algorithms accepted (default {@link DEFAULT_TOKEN_ALGORITHMS}); any of RS/PS/ES
   * 256/384/512 may be added.
   */
  readonly tokenAlgorithms?: readonly string[];
  /** Require the Belgian policy OIDs of §3.3 (default true). */
  readonly checkPolicies?: boolean;
  /** Tolerance for a CMS signing-time in the future (default 5 minutes). */
  readonly signingTimeSkewMs?: number;
  /** Oldest CMS signing-time accepted, relative to `now` (default: no limit). */
  readonly maxSigningTimeAgeMs?: number;
  /** Certificates kept parsed (CAs, RRN and recent holders; default 512). */
  readonly certificateCacheSize?: number;
}

/**
 * The registration service's {@link Verifier}: Web eID authentication and submission
 * re-verification with node:crypto and cached CA/RRN chains and keys (pki-and-signing.md §7).
 * One verifier per trust configuration; it is safe to share between requests.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const trustAnchors = options.trustAnchors.map((der) => der.slice());
  const context: VerifierContext = {
    store: new CertificateStore(options.certificateCacheSize),
    links: new AnchorLinks(trustAnchors),
    trustAnchors,
    ocsp: options.ocsp,
    algorithms: new Set(options.tokenAlgorithms ?? DEFAULT_TOKEN_ALGORITHMS),
    checkPolicies: options.checkPolicies ?? true,
    signingTimeSkewMs: options.signingTimeSkewMs ?? 5 * 60_000,
    maxSigningTimeAgeMs: options.maxSigningTimeAgeMs,
  };
  return {
    authenticate: (input) => authenticateToken(context, input),
    verifySubmission: (input) => verifySubmission(context, input),
  };
}
