import type { AnchorLinks } from './anchor-links.ts';
import type { CertificateStore } from './certificate-store.ts';
import type { RevocationChecker } from './ocsp/ocsp-checker.ts';

/** The long-lived state and settings every verification shares (one per verifier). */
export interface VerifierContext {
  readonly store: CertificateStore;
  readonly links: AnchorLinks;
  readonly ocsp: RevocationChecker | undefined;
  /** The DER roots (for OCSP delegated-responder chains). */
  readonly trustAnchors: readonly Uint8Array[];
  /** Web eID algorithms accepted (pki-and-signing.md §5.1). */
  readonly algorithms: ReadonlySet<string>;
  /** Require Belgian policy OIDs on holder and RRN certificates (§3.3). */
  readonly checkPolicies: boolean;
  /** How far in the future (ms) a CMS signing-time may be. */
  readonly signingTimeSkewMs: number;
  /** How old (ms) a CMS signing-time may be; unlimited when undefined. */
  readonly maxSigningTimeAgeMs: number | undefined;
}
