/**
 * Small DER helpers for card data: element lengths, trimming the zero padding of certificate
 * and EC signature files (belpic-protocol.md §3.2), ECDSA raw ↔ DER (§5.3, §7.4) and DigestInfo
 * (§7.1). Full ASN.1 parsing is left to asn1js/pkijs (`common/pki/`).
 */
export { trimCertificateFile, trimDerSignatureFile } from './card-file-trim.ts';
export { DER_TAG, encodeDerLength, readDerHeader, type DerHeader } from './der-header.ts';
export { DIGEST_INFO_PREFIX, DIGEST_LENGTH, digestInfo } from './digest-info.ts';
export { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa-signature.ts';
