/**
 * Certificates of the Belgian eID: reading card certificate files into a small model, PEM,
 * chain validation to pinned roots, and signature checks through WebCrypto
 * (pki-and-signing.md §2–§3, belpic-protocol.md §10).
 */
export { decodeBase64, encodeBase64 } from './base64.ts';
export { BELGIAN_ROOTS, type PinnedRoot } from './belgian-roots.ts';
export { parseCertificate, parseCertificateFile, validityAt, type CertificateInfo } from './certificate.ts';
export {
  CLIENT_AUTH_OID,
  PURPOSE_KEY_USAGE,
  purposeProblem,
  type CertificatePurpose,
} from './certificate-purpose.ts';
export { verifyCertificateSignature } from './certificate-signature.ts';
export type {
  CertificateRef,
  ChainFailure,
  ChainFailureReason,
  ChainResult,
  ChainSuccess,
} from './chain-result.ts';
export { NAME_ATTRIBUTE_OID, readDistinguishedName, type DistinguishedName } from './distinguished-name.ts';
export { EXTENSION_OID, readExtensions, type ExtensionsModel } from './extensions.ts';
export { toHex } from '../binary/hex.ts';
export { KEY_USAGE_BIT, keyUsageFromBits, type KeyUsageFlags, type KeyUsageName } from './key-usage.ts';
export { decodePemCertificates, encodePem } from './pem.ts';
export {
  curveFieldLength,
  NAMED_CURVES,
  PUBLIC_KEY_OID,
  readPublicKey,
  type EcCurveName,
  type PublicKeyModel,
} from './public-key.ts';
export { SIGNATURE_ALGORITHMS, type SignatureScheme } from './signature-scheme.ts';
export {
  loadPinnedTrustAnchors,
  type RejectedTrustAnchor,
  type TrustAnchor,
  type TrustAnchorOptions,
  type TrustAnchorSet,
  type TrustAnchorSource,
} from './trust-anchors.ts';
export { verifyCertificateChain, type ChainInput } from './verify-certificate-chain.ts';
export { verifySignature, type SignatureVerdict, type VerificationKey } from './verify-signature.ts';
