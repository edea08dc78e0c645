import { readFileSync } from 'node:fs';
import { parseCertificate, type CertificateInfo } from '../../../../common/pki/certificate.ts';
import { decodePemCertificates } from '../../../../common/pki/pem.ts';
import { buildCardImage, cardIds } from '../../../virtual-card/index.ts';
import { extendedKeyUsageExtension, issueExtra } from '../../common/pki/pki-fixture.ts';
import { issueHolder, issuingCa } from './holder-fixture.ts';

/** A certificate the fast reader must read exactly as `parseCertificate`. */
export interface NamedCertificate {
  readonly name: string;
  readonly der: Uint8Array;
}

const ROOTS = ['belgiumrca3', 'belgiumrca4', 'belgiumrca4b', 'belgiumrca6'];

/** The real Belgian roots of resources/trust. */
export function realRoots(): NamedCertificate[] {
  return ROOTS.map((name) => {
    const pem = readFileSync(new URL(`../../../../resources/trust/${name}.pem`, import.meta.url), 'utf8');
    const [der] = decodePemCertificates(pem);
    if (der === undefined) throw new Error(`${name}.pem holds no certificate`);
    return { name, der };
  });
}

/** Every certificate of every virtual card: holder certificates and the test PKI's. */
export function virtualCardCertificates(): NamedCertificate[] {
  return cardIds().flatMap((id) => {
    const image = buildCardImage(id);
    const { authentication, signing } = image.certificates;
    const { root, citizenCa, foreignerCa, rrn } = image.pki;
    return [
      { name: `${id} authentication`, der: authentication.der },
      ...(signing === undefined ? [] : [{ name: `${id} signing`, der: signing.der }]),
      { name: `${id} root`, der: root.der },
      { name: `${id} citizen CA`, der: citizenCa.der },
      { name: `${id} foreigner CA`, der: foreignerCa.der },
      { name: `${id} RRN`, der: rrn.der },
    ];
  });
}

/** Holder certificates with the variations the verifier checks (holder-fixture, pki-fixture). */
export function variedCertificates(): NamedCertificate[] {
  const image = buildCardImage('citizen-1.8');
  const ca = issuingCa(image);
  return [
    {
      name: 'signing with qcStatements',
      der: issueHolder(image, {
        label: 'qc',
        keyUsage: ['nonRepudiation'],
        policy: 'citizenSigning',
        qcStatements: true,
      }).der,
    },
    {
      name: 'AIA OCSP URL',
      der: issueHolder(image, { label: 'aia', ocspUrl: 'http://ocsp.eid-pki.test' }).der,
    },
    { name: 'no serialNumber', der: issueHolder(image, { label: 'no-serial', nationalNumber: null }).der },
    { name: 'no policy', der: issueHolder(image, { label: 'no-policy', policy: 'none' }).der },
    { name: 'country NL', der: issueHolder(image, { label: 'nl', country: 'NL' }).der },
    {
      name: 'GeneralizedTime after 2049',
      der: issueHolder(image, { label: 'late', notAfter: new Date('2055-03-04T05:06:07Z') }).der,
    },
    {
      name: 'UTCTime before 2000',
      der: issueHolder(image, { label: 'early', notBefore: new Date('1999-12-31T23:59:59Z') }).der,
    },
    {
      name: 'four keyUsage bits',
      der: issueHolder(image, {
        label: 'ku',
        keyUsage: ['digitalSignature', 'nonRepudiation', 'keyCertSign', 'cRLSign'],
      }).der,
    },
    { name: 'serial with leading 00', der: issueHolder(image, { label: 'serial', serialHex: '80ff' }).der },
    {
      name: 'extKeyUsage',
      der: issueExtra({
        commonName: 'eku',
        keyLabel: 'eku',
        issuer: ca,
        extensions: [extendedKeyUsageExtension(['1.3.6.1.5.5.7.3.2', '1.3.6.1.5.5.7.3.4'])],
      }).der,
    },
    {
      name: 'CA with pathLength',
      der: issueExtra({ commonName: 'sub-ca', keyLabel: 'sub-ca', issuer: ca, ca: { pathLength: 3 } }).der,
    },
    {
      name: 'RSA leaf',
      der: issueExtra({ commonName: 'rsa', keyLabel: 'rsa', issuer: ca, algorithm: 'rsa2048' }).der,
    },
  ];
}

/** `parseCertificate`, or `undefined` when it refuses. */
export async function pkijsModel(der: Uint8Array): Promise<CertificateInfo | undefined> {
  try {
    return await parseCertificate(der);
  } catch {
    return undefined;
  }
}
