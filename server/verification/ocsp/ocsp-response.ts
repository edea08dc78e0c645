import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { BasicOCSPResponse, OCSPResponse, type Certificate, type SingleResponse } from 'pkijs';
import { hashOfOid } from '../../../common/pki/cms/cms-oids.ts';
import { nodeHashName } from '../node-signature.ts';
import { OCSP_NONCE_OID } from './ocsp-request.ts';

/** id-pkix-ocsp-basic (RFC 6960 §4.2.1). */
const BASIC_RESPONSE_OID = '1.3.6.1.5.5.7.48.1.1';

/** The status a verified, fresh response gives, or why no status could be taken from it. */
export type OcspResponseVerdict =
  | { readonly ok: true; readonly status: 'good' | 'revoked' | 'unknown' }
  | {
      readonly ok: false;
      readonly reason:
        | 'malformed'
        | 'responder-error'
        | 'bad-signature'
        | 'not-for-certificate'
        | 'stale'
        | 'nonce-mismatch';
    };

/** What the response is checked against. */
export interface OcspResponseExpectation {
  readonly certificate: Certificate;
  /** The issuing CA, already verified: it may sign responses itself (RFC 6960 §4.2.2.2). */
  readonly issuer: Certificate;
  /** Roots a delegated responder (issued by `issuer`, id-kp-OCSPSigning) must chain to. */
  readonly trustAnchors: readonly Certificate[];
  /** The request's nonce extension value; a response nonce must equal it. */
  readonly nonceValue: Uint8Array;
  readonly now: Date;
  readonly maxThisUpdateAgeMs: number;
  readonly clockSkewMs: number;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The SingleResponse whose CertID (RFC 6960 §4.1.1) names `certificate` under `issuer`, if any. */
function responseFor(
  responses: SingleResponse[],
  certificate: Certificate,
  issuer: Certificate,
): SingleResponse | undefined {
  const serial = certificate.serialNumber.valueBlock.valueHexView;
  return responses.find(({ certID }) => {
    const hash = hashOfOid(certID.hashAlgorithm.algorithmId);
    if (hash === undefined || !equalBytes(certID.serialNumber.valueBlock.valueHexView, serial)) return false;
    const digest = (data: ArrayBuffer | Uint8Array): Uint8Array =>
      new Uint8Array(createHash(nodeHashName(hash)).update(new Uint8Array(data)).digest());
    const nameHash = digest(issuer.subject.toSchema().toBER());
    const keyHash = digest(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
    return (
      equalBytes(certID.issuerNameHash.valueBlock.valueHexView, nameHash) &&
      equalBytes(certID.issuerKeyHash.valueBlock.valueHexView, keyHash)
    );
  });
}

/** `good`, `revoked` or `unknown` from `CertStatus ::= CHOICE { good [0], revoked [1], unknown [2] }`. */
function statusOf(single: SingleResponse): 'good' | 'revoked' | 'unknown' {
  const tag = (single.certStatus as asn1js.BaseBlock).idBlock.tagNumber;
  return tag === 0 ? 'good' : tag === 1 ? 'revoked' : 'unknown';
}

/**
 * Evaluates a DER `OCSPResponse` (RFC 6960 §4.2.1) for `certificate` (pki-and-signing.md §2.3):
 * `successful` with a BasicOCSPResponse; its signature verified by pkijs
 * `BasicOCSPResponse.verify` (4.0.0, RFC 6960 §4.2.2.2): signed by the issuing CA itself (a
 * `trustedResponders` entry: it is already verified), or by a delegated responder that the CA
 * issued with id-kp-OCSPSigning and that chains to the anchors; a
 * SingleResponse for the certificate; a nonce, when echoed, equal to the request's; and fresh
 * (Web eID rules: `thisUpdate` not after now + skew nor before now − max age − skew,
 * `nextUpdate`, when present, not before now − skew). Never throws.
 */
export async function evaluateOcspResponse(
  der: Uint8Array,
  expected: OcspResponseExpectation,
): Promise<OcspResponseVerdict> {
  let basic: BasicOCSPResponse;
  try {
    const response = OCSPResponse.fromBER(der);
    if (response.responseStatus.valueBlock.valueDec !== 0) return { ok: false, reason: 'responder-error' };
    const bytes = response.responseBytes;
    if (bytes === undefined || bytes.responseType !== BASIC_RESPONSE_OID)
      return { ok: false, reason: 'malformed' };
    basic = BasicOCSPResponse.fromBER(bytes.response.valueBlock.valueHexView);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  try {
    const issuer = [expected.issuer];
    const parameters = {
      trustedCerts: [...expected.trustAnchors],
      issuerCerts: issuer,
      trustedResponders: issuer,
    };
    if (!(await basic.verify(parameters))) return { ok: false, reason: 'bad-signature' };
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
  const { tbsResponseData } = basic;
  const single = responseFor(tbsResponseData.responses, expected.certificate, expected.issuer);
  if (single === undefined) return { ok: false, reason: 'not-for-certificate' };
  const echoed = tbsResponseData.responseExtensions?.find((e) => e.extnID === OCSP_NONCE_OID);
  if (echoed !== undefined && !equalBytes(echoed.extnValue.valueBlock.valueHexView, expected.nonceValue)) {
    return { ok: false, reason: 'nonce-mismatch' };
  }
  const now = expected.now.getTime();
  const skew = expected.clockSkewMs;
  const thisUpdate = single.thisUpdate.getTime();
  const nextUpdate = single.nextUpdate?.getTime();
  const fresh =
    thisUpdate <= now + skew &&
    thisUpdate >= now - expected.maxThisUpdateAgeMs - skew &&
    (nextUpdate === undefined || nextUpdate >= now - skew);
  if (!fresh) return { ok: false, reason: 'stale' };
  return { ok: true, status: statusOf(single) };
}
