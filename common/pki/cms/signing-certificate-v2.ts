import * as asn1js from 'asn1js';
import type { Certificate } from 'pkijs';
import type { HashName } from '../../platform/web-crypto.ts';
import { HASH_OID } from './cms-oids.ts';

/**
 * The value of the signing-certificate-v2 attribute (RFC 5035 §3, pki-and-signing.md §1.1):
 *
 * ```
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE {
 *   hashAlgorithm AlgorithmIdentifier DEFAULT { algorithm id-sha256 },
 *   certHash      OCTET STRING,             -- hash of the certificate DER (padding trimmed)
 *   issuerSerial  SEQUENCE { issuer GeneralNames, serialNumber INTEGER } }
 * GeneralNames ::= SEQUENCE OF GeneralName  -- one directoryName [4] (EXPLICIT: Name is a CHOICE)
 * ```
 *
 * DER leaves a DEFAULT value out (X.690 §11.5), so `hashAlgorithm` is absent for SHA-256 and
 * written, parameters absent (RFC 5754 §2), for any other hash.
 */
export function signingCertificateV2Value(
  certificate: Certificate,
  hash: HashName,
  certHash: Uint8Array,
): asn1js.Sequence {
  const directoryName = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 },
    value: [certificate.issuer.toSchema()],
  });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [directoryName] }), certificate.serialNumber],
  });
  const essCertId: asn1js.BaseBlock[] = [];
  if (hash !== 'SHA-256') {
    essCertId.push(new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: HASH_OID[hash] })] }));
  }
  essCertId.push(new asn1js.OctetString({ valueHex: certHash }), issuerSerial);
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: essCertId })] })],
  });
}
