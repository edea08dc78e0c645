/**
 * Revocation checking of holder certificates by OCSP (RFC 6960), pki-and-signing.md §2.3–§2.5:
 * the service asks the responder named in the certificate's AIA, but only when its URL is on
 * the allowlist (SSRF, §2.5), and fails closed unless configured otherwise.
 */
export interface OcspConfig {
  readonly enabled: boolean;
  /**
   * URL prefixes a responder URL must start with, followed by `/`, `?`, `#` or the end, e.g.
   * {@link BELGIAN_OCSP_PREFIXES}. Other URLs are never contacted.
   */
  readonly allowedResponderPrefixes: readonly string[];
  /** Refuse when the status is unknown or cannot be obtained (`certificate-revocation-unknown`). */
  readonly failClosed: boolean;
  /** Whole request budget: connect, send and receive. */
  readonly timeoutMs: number;
  /** Oldest `thisUpdate` accepted (Web eID default 2 minutes). */
  readonly maxThisUpdateAgeMs?: number;
  /** Clock difference tolerated with the responder (Web eID default 15 minutes). */
  readonly clockSkewMs?: number;
  /**
   * A designated responder that answers for every certificate instead of its AIA URL (Web eID
   * "designated OCSP service"; tests). It must match an allowed prefix like any other URL.
   */
  readonly responderUrl?: string;
  /** CertID hash (RFC 6960 §4.1.1): SHA-256 by default, as eid-viewer sends; SHA-1 for old responders. */
  readonly certIdHash?: 'SHA-256' | 'SHA-1';
}

/** The Belgian eID responders (eid-mw `verify.c`, pki-and-signing.md §0 item 4, §2.4). */
export const BELGIAN_OCSP_PREFIXES: readonly string[] = [
  'http://ocsp.eid.belgium.be',
  'http://ocsp.eidpki.belgium.be',
];

/** Defaults of the optional settings. */
export const OCSP_DEFAULTS = {
  maxThisUpdateAgeMs: 2 * 60_000,
  clockSkewMs: 15 * 60_000,
  certIdHash: 'SHA-256',
} as const;

/** Largest OCSP response read; Belgian responses with a few certificates are a few KiB. */
export const MAX_OCSP_RESPONSE_BYTES = 64 * 1024;
