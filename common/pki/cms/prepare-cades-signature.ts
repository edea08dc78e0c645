import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { trimCertificateFile } from '../../der/card-file-trim.ts';
import { digest } from '../../platform/web-crypto.ts';
import { parseCertificate } from '../certificate.ts';
import { CMS_OID, HASH_OID } from './cms-oids.ts';
import { compareDerEncodings } from './der-order.ts';
import { readCadesSignature } from './read-cades-signature.ts';
import { buildSignedAttributes } from './signed-attributes.ts';
import { checkCardSignatureLength, cmsSignatureScheme } from './signature-value.ts';
import { signingCertificateV2Value } from './signing-certificate-v2.ts';
import { verifyCardSignature } from './verify-card-signature.ts';

/** What {@link prepareCadesSignature} signs. */
export interface CadesSignatureRequest {
  /** The exact bytes signed (the canonical JSON of the application). Not embedded: detached. */
  readonly content: Uint8Array;
  /** The card's non-repudiation certificate (DER; card padding is trimmed). */
  readonly signingCertificateDer: Uint8Array;
  /** The issuing CA certificate(s) to embed (the card's `503A`). */
  readonly caCertificatesDer: readonly Uint8Array[];
  /** SHA-256 for RSA cards, SHA-384 for P-384 cards (pki-and-signing.md §1.2 step 1). */
  readonly hash: 'SHA-256' | 'SHA-384';
  readonly signingTime: Date;
}

/** A signature waiting for the card. */
export interface PreparedCadesSignature {
  /** `H(DER SET OF signed attributes)`: what the card signs (PSO:CDS input, §1.2 step 5). */
  readonly digestToSign: Uint8Array;
  /** The DER `SET OF Attribute` (tag `31`) whose hash is {@link digestToSign}. */
  readonly toBeSigned: Uint8Array;
  /**
   * Checks the card's signature (PKCS#1 v1.5, or raw `r ‖ s`) against the signing certificate
   * and returns the DER `ContentInfo`. A signature of the wrong length throws a `ParseError`;
   * one that does not verify (another key signed) throws a `CardSignatureMismatchError`.
   */
  complete(cardSignature: Uint8Array): Promise<Uint8Array>;
}

function exactDer(file: Uint8Array, what: string): Uint8Array {
  const der = trimCertificateFile(file);
  if (der === undefined) throw new RangeError(`no ${what} (the file is zero-filled)`);
  return der.slice();
}

/**
 * Prepares a detached CAdES-BES signature (ETSI EN 319 122-1 baseline-B) over `content`
 * for a signature made by the card, exactly as pki-and-signing.md §1.2 describes:
 *
 * 1. `md = H(content)`; digestAlgorithm = `hash`, parameters absent (RFC 5754 §2);
 * 2. signed attributes content-type = id-data, signing-time (UTCTime), message-digest = md,
 *    signing-certificate-v2 (ESSCertIDv2 over the trimmed certificate DER);
 * 3. sorted in DER order; 4. to be signed: their `SET OF` encoding (tag `31`);
 * 5. `digestToSign = H(toBeSigned)`, for the card;
 * 6. `complete`: RSA signature as is with `rsaEncryption` + NULL, or ECDSA raw → DER with
 *    `ecdsa-with-SHA*`, parameters absent;
 * 7. SignedData v1 with `certificates` = leaf + CA(s) (DER order), no eContent, in a
 *    ContentInfo.
 */
export async function prepareCadesSignature(request: CadesSignatureRequest): Promise<PreparedCadesSignature> {
  const { hash } = request;
  const signingDer = exactDer(request.signingCertificateDer, 'signing certificate');
  const caDers = request.caCertificatesDer.map((der) => exactDer(der, 'CA certificate'));
  const info = await parseCertificate(signingDer);
  const scheme = cmsSignatureScheme(info.publicKey, hash);
  const certificate = Certificate.fromBER(signingDer);
  const { attributes, toBeSigned } = buildSignedAttributes({
    messageDigest: await digest(hash, request.content),
    signingTime: request.signingTime,
    signingCertificateV2: signingCertificateV2Value(certificate, hash, await digest(hash, signingDer)),
  });
  const digestToSign = await digest(hash, toBeSigned);
  const certificates = [signingDer, ...caDers].sort(compareDerEncodings);

  const complete = async (cardSignature: Uint8Array): Promise<Uint8Array> => {
    checkCardSignatureLength(scheme, cardSignature);
    await verifyCardSignature(info, hash, cardSignature, toBeSigned);
    const digestAlgorithm = new AlgorithmIdentifier({ algorithmId: HASH_OID[hash] });
    const signerInfo = new SignerInfo({
      version: 1,
      sid: new IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
      digestAlgorithm,
      signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes: [...attributes] }),
      signatureAlgorithm: scheme.algorithm,
      signature: new asn1js.OctetString({ valueHex: scheme.encode(cardSignature) }),
    });
    const signedData = new SignedData({
      version: 1,
      digestAlgorithms: [digestAlgorithm],
      encapContentInfo: new EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
      certificates: certificates.map((der) => Certificate.fromBER(der)),
      signerInfos: [signerInfo],
    });
    const contentInfo = new ContentInfo({
      contentType: CMS_OID.signedData,
      content: signedData.toSchema(true),
    });
    const der = new Uint8Array(contentInfo.toSchema().toBER(false));
    assertEncodedAsBuilt(der, toBeSigned, certificates);
    return der;
  };
  return { digestToSign, toBeSigned, complete };
}

/** Guards against pkijs re-encoding what was hashed or embedded (a bug here, never input). */
function assertEncodedAsBuilt(der: Uint8Array, toBeSigned: Uint8Array, certificates: Uint8Array[]): void {
  const model = readCadesSignature(der);
  const same = (a: Uint8Array | undefined, b: Uint8Array): boolean =>
    a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
  const certificatesSame =
    model.certificates.length === certificates.length &&
    model.certificates.every((c, i) => same(c, certificates[i] as Uint8Array));
  if (!same(model.signer.signedAttributes, toBeSigned) || !certificatesSame) {
    throw new Error('CAdES encoding differs from what was signed');
  }
}
