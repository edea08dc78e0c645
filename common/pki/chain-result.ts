import type { CertificateInfo } from './certificate.ts';

/** Why a chain was rejected. */
export type ChainFailureReason =
  /** A certificate does not parse (see `message`). */
  | 'malformed'
  /** The path does not end at one of the trust anchors: issuer missing, or a self-signed root that is not an anchor. */
  | 'untrusted-root'
  /** An issuer with the right name was found, but the signature does not verify with its key. */
  | 'bad-signature'
  /** The signature algorithm or key type is not one WebCrypto can check here. */
  | 'unsupported-algorithm'
  /** `now` is after notAfter. */
  | 'expired'
  /** `now` is before notBefore. */
  | 'not-yet-valid'
  /** An issuer lacks basicConstraints cA, or has keyUsage without keyCertSign (RFC 5280 §4.2.1.9, §4.2.1.3). */
  | 'not-a-ca'
  /** More CA certificates below an issuer than its pathLenConstraint allows (RFC 5280 §4.2.1.9). */
  | 'path-too-long'
  /** A critical extension this code does not process (RFC 5280 §4.2). */
  | 'unsupported-critical-extension'
  /** The leaf's keyUsage/extKeyUsage does not allow the requested purpose (pki-and-signing.md §2.2). */
  | 'wrong-key-usage';

/** Which input certificate a failure is about. */
export interface CertificateRef {
  readonly role: 'leaf' | 'intermediate' | 'trust-anchor';
  /** Index in `intermediates` or `trustAnchors`; 0 for the leaf. */
  readonly index: number;
}

/** A successful chain: leaf first, trust anchor last. */
export interface ChainSuccess {
  readonly ok: true;
  readonly path: readonly CertificateInfo[];
  /** Index of the anchor in `trustAnchors`. */
  readonly trustAnchorIndex: number;
}

/** A rejected chain, naming the certificate that failed. */
export interface ChainFailure {
  readonly ok: false;
  readonly reason: ChainFailureReason;
  readonly at: CertificateRef;
  /** The failing certificate, unless it did not parse. */
  readonly certificate: CertificateInfo | undefined;
  /** For logs: the problem and the certificate's role, never names or numbers from the certificate. */
  readonly message: string;
}

/** Result of `verifyCertificateChain`. */
export type ChainResult = ChainSuccess | ChainFailure;
