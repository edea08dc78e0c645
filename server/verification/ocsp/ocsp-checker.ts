import { createHash, randomBytes } from 'node:crypto';
import { Certificate } from 'pkijs';
import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { OCSP_DEFAULTS, type OcspConfig } from './ocsp-config.ts';
import { postOcspRequest, type FetchFunction } from './ocsp-http.ts';
import { buildOcspRequest } from './ocsp-request.ts';
import { evaluateOcspResponse } from './ocsp-response.ts';
import { isAllowedResponderUrl, ocspUrls } from './ocsp-url.ts';

/** What a revocation check found. `response` is the DER, for the evidence record (§2.5). */
export type OcspOutcome =
  | { readonly status: 'disabled' }
  | { readonly status: 'good' | 'revoked' | 'unknown'; readonly url: string; readonly response: Uint8Array }
  | {
      readonly status: 'unavailable';
      /** For logs: which step failed (`no-url`, `url-not-allowed`, `timeout`, `bad-signature`, `stale`, ...). */
      readonly reason: string;
    };

/** A certificate to check, DER, with the DER of its issuing CA (already verified up to an anchor). */
export interface OcspCheckInput {
  readonly certificate: Uint8Array;
  readonly issuer: Uint8Array;
  /** The roots a delegated responder's certificate must chain to (through `issuer`). */
  readonly trustAnchors: readonly Uint8Array[];
  readonly now: Date;
}

/** What the verifier needs from a revocation checker (a fake in unit tests). */
export interface RevocationChecker {
  readonly failClosed: boolean;
  check(input: OcspCheckInput): Promise<OcspOutcome>;
}

/** Injectable effects of {@link OcspChecker}. */
export interface OcspCheckerEffects {
  readonly fetch?: FetchFunction;
  readonly randomBytes?: (length: number) => Uint8Array;
}

/**
 * The API code of an outcome (pki-and-signing.md §2.5): `revoked` is always refused
 * (`certificate-revoked`); `unknown` and `unavailable` are refused with
 * `certificate-revocation-unknown` when failing closed, accepted when failing open.
 */
export function ocspErrorCode(outcome: OcspOutcome, failClosed: boolean): ApiErrorCode | undefined {
  if (outcome.status === 'revoked') return 'certificate-revoked';
  if (outcome.status === 'unknown' || outcome.status === 'unavailable') {
    return failClosed ? 'certificate-revocation-unknown' : undefined;
  }
  return undefined;
}

/**
 * OCSP (RFC 6960) for holder certificates: the responder is the certificate's AIA OCSP URL (or
 * the configured designated responder), contacted only when it matches an allowed prefix; the
 * request has a SHA-256 CertID and a nonce; the response must be signed for the issuing CA,
 * about this certificate, and fresh (see `evaluateOcspResponse`). Network problems, timeouts
 * and bad responses are `unavailable`, never exceptions.
 */
export class OcspChecker implements RevocationChecker {
  readonly config: OcspConfig;
  readonly #fetch: FetchFunction | undefined;
  readonly #random: (length: number) => Uint8Array;
  readonly #certificates = new Map<string, Certificate>();

  constructor(config: OcspConfig, effects: OcspCheckerEffects = {}) {
    this.config = config;
    this.#fetch = effects.fetch;
    this.#random = effects.randomBytes ?? ((n) => new Uint8Array(randomBytes(n)));
  }

  /** pkijs parses of CA and root certificates, which repeat (by SHA-256 of the DER). */
  #parsed(der: Uint8Array): Certificate {
    const key = createHash('sha256').update(der).digest('hex');
    let certificate = this.#certificates.get(key);
    if (certificate === undefined) {
      certificate = Certificate.fromBER(der);
      if (this.#certificates.size >= 64) this.#certificates.clear();
      this.#certificates.set(key, certificate);
    }
    return certificate;
  }

  get failClosed(): boolean {
    return this.config.failClosed;
  }

  /** The outcome for `input`; never throws (an unexpected error is `unavailable`, `internal`). */
  async check(input: OcspCheckInput): Promise<OcspOutcome> {
    try {
      return await this.#check(input);
    } catch {
      return { status: 'unavailable', reason: 'internal' };
    }
  }

  async #check(input: OcspCheckInput): Promise<OcspOutcome> {
    const { config } = this;
    if (!config.enabled) return { status: 'disabled' };
    let certificate: Certificate;
    let issuer: Certificate;
    let anchors: Certificate[];
    try {
      certificate = Certificate.fromBER(input.certificate);
      issuer = this.#parsed(input.issuer);
      anchors = input.trustAnchors.map((der) => this.#parsed(der));
    } catch {
      return { status: 'unavailable', reason: 'malformed-certificate' };
    }
    const url = config.responderUrl ?? ocspUrls(certificate)[0];
    if (url === undefined) return { status: 'unavailable', reason: 'no-url' };
    if (!isAllowedResponderUrl(url, config.allowedResponderPrefixes)) {
      return { status: 'unavailable', reason: 'url-not-allowed' };
    }
    const hash = config.certIdHash ?? OCSP_DEFAULTS.certIdHash;
    const request = await buildOcspRequest(certificate, issuer, hash, this.#random(32));
    const exchange = await postOcspRequest(url, request.der, config.timeoutMs, this.#fetch);
    if (!exchange.ok) return { status: 'unavailable', reason: exchange.reason };
    const verdict = await evaluateOcspResponse(exchange.body, {
      certificate,
      issuer,
      trustAnchors: anchors,
      nonceValue: request.nonceValue,
      now: input.now,
      maxThisUpdateAgeMs: config.maxThisUpdateAgeMs ?? OCSP_DEFAULTS.maxThisUpdateAgeMs,
      clockSkewMs: config.clockSkewMs ?? OCSP_DEFAULTS.clockSkewMs,
    });
    if (!verdict.ok) return { status: 'unavailable', reason: verdict.reason };
    return { status: verdict.status, url, response: exchange.body };
  }
}
