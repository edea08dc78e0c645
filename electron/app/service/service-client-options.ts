import type { RetryEvent } from './call-with-retry.ts';
import type { RetryPolicy } from './retry-policy.ts';
import type { ExtraCaCertificate } from './trusted-certificates.ts';

/** Time limits of each HTTP request (each attempt of a retried call has its own). */
export interface ServiceTimeouts {
  /** TCP connect plus TLS handshake. */
  readonly connectMs: number;
  /** From connected to the whole answer read (the service verifies a submission, with OCSP). */
  readonly responseMs: number;
}

/** 10 s to connect, 30 s for the answer: the service's OCSP check alone may take 5 s. */
export const DEFAULT_TIMEOUTS: ServiceTimeouts = { connectMs: 10_000, responseMs: 30_000 };

/** Answers larger than this are refused (`bad-response`): the API's are a few hundred bytes. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1_024 * 1_024;

/** How `createServiceClient` is configured (from the app's config file, or by a test). */
export interface ServiceClientOptions {
  /**
   * The service, e.g. `https://register.example.be` (a path prefix is kept). `http://` only
   * to `localhost`, `::1` or 127.0.0.0/8 (the local demo service).
   */
  readonly baseUrl: string;
  /** CAs trusted on top of Node's and the system's (a private deployment, a test): PEM or DER. */
  readonly extraCaCertificates?: readonly ExtraCaCertificate[];
  readonly timeouts?: Partial<ServiceTimeouts>;
  /** For the calls that are retried at all (see `service-endpoints.ts`). */
  readonly retry?: Partial<RetryPolicy>;
  readonly maxResponseBytes?: number;
  /** Default `eid-wizard`. */
  readonly userAgent?: string;
  /** Told before each repeat. */
  readonly onRetry?: (event: RetryEvent) => void;
  /** The jitter's randomness, [0, 1); default `Math.random` (jitter needs no cryptographic quality). */
  readonly random?: () => number;
}

/** Per call: cancellation, and timeouts other than the client's. */
export interface CallOptions {
  /** Aborting fails the call with `cancelled`, mid-request or while waiting to retry. */
  readonly signal?: AbortSignal;
  readonly timeouts?: Partial<ServiceTimeouts>;
}
