/**
 * Integrity of the National Register data on a Belgian eID card (belpic-protocol.md §5): RRN
 * signatures over the identity and address files, photo and basic-key hashes, and one report
 * that also covers the RRN certificate chain.
 */
export { checkCardIntegrity, type CardIntegrityInput } from './check-card-integrity.ts';
export { verifyBasicKeyHash, verifyPhotoHash, type HashCheckResult } from './file-hashes.ts';
export { verifyAddressSignature, verifyIdentitySignature } from './file-signatures.ts';
export { hashForDigestLength, type LengthImpliedHash } from './hash-for-length.ts';
export {
  integrityOutcome,
  type CardIntegrityReport,
  type CheckOutcome,
  type IntegrityCheck,
  type IntegrityCheckName,
  type IntegrityFailureReason,
  type NotCheckedReason,
} from './integrity-report.ts';
export {
  verifyRrnSignature,
  type FileSignatureResult,
  type FileSignatureScheme,
  type RrnSignatureOptions,
} from './rrn-signature.ts';
export { addressSignedData, stripTrailingZeros } from './signed-data.ts';
