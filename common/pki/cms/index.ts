/**
 * CAdES-BES detached signatures made by the card (pki-and-signing.md §1): building one around
 * the card's raw signature, and reading one back for verification (the service checks the
 * signature value with node:crypto itself).
 */
export {
  checkSignedAttributes,
  signerIdentifies,
  type SignedAttributesExpectation,
  type SignedAttributesProblem,
  type SignedAttributesVerdict,
  type SignerCertificateRef,
} from './check-signed-attributes.ts';
export { CMS_OID, ECDSA_WITH_OID, HASH_OID, hashOfOid } from './cms-oids.ts';
export { compareDerEncodings, isDerSetOrder } from './der-order.ts';
export {
  prepareCadesSignature,
  type CadesSignatureRequest,
  type PreparedCadesSignature,
} from './prepare-cades-signature.ts';
export {
  readCadesSignature,
  type AlgorithmModel,
  type CadesSignatureModel,
  type SignerInfoModel,
} from './read-cades-signature.ts';
export {
  readSignedAttributes,
  type CadesSignedAttributes,
  type EssCertIdV2,
} from './signed-attribute-values.ts';
export {
  buildSignedAttributes,
  type SignedAttributeValues,
  type SortedSignedAttributes,
} from './signed-attributes.ts';
export { cmsSignatureScheme, type CmsSignatureScheme } from './signature-value.ts';
export { signingCertificateV2Value } from './signing-certificate-v2.ts';
export { CardSignatureMismatchError, verifyCardSignature } from './verify-card-signature.ts';
