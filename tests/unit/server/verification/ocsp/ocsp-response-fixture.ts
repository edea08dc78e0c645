import * as asn1js from 'asn1js';
import {
  BasicOCSPResponse,
  Certificate,
  CertID,
  Extension,
  OCSPResponse,
  ResponseBytes,
  SingleResponse,
} from 'pkijs';
import { OCSP_NONCE_OID } from '../../../../../server/verification/ocsp/index.ts';
import type { TestCertificate } from '../../../../virtual-card/pki/pki-types.ts';

/** What a hand-made OCSP response says. */
export interface ResponseSpec {
  readonly certificate: Uint8Array;
  readonly issuer: TestCertificate;
  /** Who signs (default: the issuer). */
  readonly signer?: TestCertificate;
  readonly status?: 'good' | 'revoked' | 'unknown';
  readonly thisUpdate?: Date;
  readonly nextUpdate?: Date;
  /** The nonce extension value to echo (DER OCTET STRING); none when absent. */
  readonly nonceValue?: Uint8Array;
  /** OCSPResponseStatus (RFC 6960 §4.2.1); 0 = successful. */
  readonly responseStatus?: number;
}

function certStatus(status: ResponseSpec['status']): asn1js.BaseBlock {
  if (status === 'revoked') {
    const time = new asn1js.GeneralizedTime({ valueDate: new Date('2025-01-01T00:00:00Z') });
    return new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [time] });
  }
  return new asn1js.Primitive({
    idBlock: { tagClass: 3, tagNumber: status === 'unknown' ? 2 : 0 },
  });
}

/** A DER OCSPResponse built with pkijs (RFC 6960 §4.2.1), signed with the test key via WebCrypto. */
export async function ocspResponse(spec: ResponseSpec): Promise<Uint8Array> {
  if (spec.responseStatus !== undefined && spec.responseStatus !== 0) {
    const failed = new OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: spec.responseStatus }),
    });
    return new Uint8Array(failed.toSchema().toBER());
  }
  const signer = spec.signer ?? spec.issuer;
  const issuer = Certificate.fromBER(new Uint8Array(spec.issuer.der));
  const certID = new CertID();
  await certID.createForCertificate(Certificate.fromBER(new Uint8Array(spec.certificate)), {
    hashAlgorithm: 'SHA-256',
    issuerCertificate: issuer,
  });
  const single = new SingleResponse({
    certID,
    certStatus: certStatus(spec.status),
    thisUpdate: spec.thisUpdate ?? new Date(),
  });
  if (spec.nextUpdate !== undefined) single.nextUpdate = spec.nextUpdate;
  const basic = new BasicOCSPResponse();
  const signerCertificate = Certificate.fromBER(new Uint8Array(signer.der));
  basic.tbsResponseData.responderID = signerCertificate.subject;
  basic.tbsResponseData.producedAt = new Date();
  basic.tbsResponseData.responses.push(single);
  if (spec.nonceValue !== undefined) {
    basic.tbsResponseData.responseExtensions = [
      new Extension({ extnID: OCSP_NONCE_OID, extnValue: spec.nonceValue.slice().buffer }),
    ];
  }
  basic.certs = [signerCertificate];
  const rsa = signer.keyPair.algorithm === 'rsa2048';
  const algorithm = rsa
    ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    : { name: 'ECDSA', namedCurve: 'P-384' };
  const key = await signer.keyPair.privateKey.toCryptoKey(algorithm, false, ['sign']);
  await basic.sign(key as CryptoKey, rsa ? 'SHA-256' : 'SHA-384');
  const response = new OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new ResponseBytes({
      responseType: '1.3.6.1.5.5.7.48.1.1',
      response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER() }),
    }),
  });
  return new Uint8Array(response.toSchema().toBER());
}
