import { addressSignedData } from './signed-data.ts';
import { verifyRrnSignature, type FileSignatureResult, type RrnSignatureOptions } from './rrn-signature.ts';

/**
 * Checks EF(SGN#ID) `4032` over EF(ID#RN) `4031` (belpic-protocol.md §5.1): the signed data is
 * the WHOLE identity file exactly as read, trailing padding included: do not strip it. The
 * scheme follows the RRN certificate's key type (§5.2, see `verifyRrnSignature`); pass the
 * photo-hash length (identity tag `11`) so RSA cards get the right digest.
 */
export function verifyIdentitySignature(
  identityFile: Uint8Array,
  identitySignatureFile: Uint8Array,
  rrnCertificate: Uint8Array,
  options: RrnSignatureOptions = {},
): Promise<FileSignatureResult> {
  return verifyRrnSignature(identityFile, identitySignatureFile, rrnCertificate, options);
}

/**
 * Checks EF(SGN#Address) `4034` (belpic-protocol.md §5.1): the signed data is
 * `strip_trailing_zero_bytes(4033) ‖ 4032 exactly as read`, the identity signature file WITH
 * its zero padding. Same scheme selection as {@link verifyIdentitySignature}.
 */
export function verifyAddressSignature(
  addressFile: Uint8Array,
  addressSignatureFile: Uint8Array,
  identitySignatureFile: Uint8Array,
  rrnCertificate: Uint8Array,
  options: RrnSignatureOptions = {},
): Promise<FileSignatureResult> {
  const data = addressSignedData(addressFile, identitySignatureFile);
  return verifyRrnSignature(data, addressSignatureFile, rrnCertificate, options);
}
