import { constants, createPublicKey, type KeyObject } from 'node:crypto';
import { trimDerSignatureFile } from '../../common/der/index.ts';
import { parseIdentityFile } from '../../common/eid/identity-file.ts';
import { hashForDigestLength } from '../../common/eid/integrity/hash-for-length.ts';
import { addressSignedData } from '../../common/eid/integrity/signed-data.ts';
import { decodeBase64 } from '../../common/pki/base64.ts';
import { parseCertificate, type CertificateInfo } from '../../common/pki/certificate.ts';
import { hashOfOid, readCadesSignature } from '../../common/pki/cms/index.ts';
import { SIGNATURE_ALGORITHMS } from '../../common/pki/signature-scheme.ts';
import type { HashName } from '../../common/platform/web-crypto.ts';
import { WEB_EID_ALGORITHMS, isWebEidAlgorithm, webEidSignedData } from '../../common/webeid/index.ts';
import type { RecordedRegistration } from './record.ts';
import { ORIGIN } from './service-app.ts';

/** The signature checks a registration cannot avoid (CA → root and RRN → root are cached once). */
export const CHECKS = ['token', 'auth ← CA', 'sign ← CA', 'RRN identity', 'RRN address', 'CMS'] as const;
export type CheckName = (typeof CHECKS)[number];

/** One signature verification, ready for `crypto.verify`. */
export interface Check {
  readonly name: CheckName;
  readonly hash: string;
  readonly data: Uint8Array;
  readonly key: { key: KeyObject; padding?: number; dsaEncoding?: 'der' | 'ieee-p1363' };
  readonly signature: Uint8Array;
}

const nodeHash = (hash: HashName): string => hash.replace('-', '').toLowerCase();

/** node:crypto key options for a scheme; `ecdsaEncoding` for EC keys. */
function keyOptions(key: KeyObject, ecdsaEncoding: 'der' | 'ieee-p1363'): Check['key'] {
  return key.asymmetricKeyType === 'ec'
    ? { key, dsaEncoding: ecdsaEncoding }
    : { key, padding: constants.RSA_PKCS1_PADDING };
}

/** Parses certificates once, with their KeyObjects (what a perfect implementation caches). */
export class Keys {
  readonly #parsed = new Map<string, { info: CertificateInfo; key: KeyObject }>();

  async get(der: Uint8Array) {
    const id = Buffer.from(der).toString('base64');
    let entry = this.#parsed.get(id);
    if (entry === undefined) {
      const info = await parseCertificate(der);
      entry = {
        info,
        key: createPublicKey({ key: Buffer.from(info.raw.spki), format: 'der', type: 'spki' }),
      };
      this.#parsed.set(id, entry);
    }
    return entry;
  }
}

/** A certificate's signature checked with its issuer's key. */
function certificateCheck(name: CheckName, leaf: CertificateInfo, issuerKey: KeyObject): Check {
  const scheme = SIGNATURE_ALGORITHMS.get(leaf.raw.signatureAlgorithm);
  if (scheme === undefined) throw new Error(`unknown algorithm ${leaf.raw.signatureAlgorithm}`);
  return {
    name,
    hash: nodeHash(scheme.hash),
    data: leaf.raw.tbs,
    key: keyOptions(issuerKey, 'der'),
    signature: leaf.raw.signatureValue,
  };
}

/** An RRN file signature (belpic-protocol.md §5.2): ECDSA-SHA-384 DER, or RSA with the photo-hash-implied digest. */
function rrnCheck(
  name: CheckName,
  rrnKey: KeyObject,
  data: Uint8Array,
  file: Uint8Array,
  photoHashLength: number,
): Check {
  if (rrnKey.asymmetricKeyType === 'ec')
    return {
      name,
      hash: 'sha384',
      data,
      key: keyOptions(rrnKey, 'der'),
      signature: trimDerSignatureFile(file),
    };
  const hash = nodeHash(hashForDigestLength(photoHashLength, 'photo hash'));
  return { name, hash, data, key: keyOptions(rrnKey, 'der'), signature: file };
}

/**
 * The six signature checks of a recorded registration, extracted with the project's parsers
 * (untimed): token signature over H(origin) ‖ H(nonce), authentication and signing certificate
 * ← CA, RRN identity and address signatures, CMS signer signature over the signed attributes.
 */
export async function checksOf(registration: RecordedRegistration, keys: Keys): Promise<Check[]> {
  const body = (step: string) => JSON.parse(registration.requests.find((r) => r.step === step)!.payload!);
  const auth = body('authenticate');
  const submission = body('application');
  const authCert = await keys.get(decodeBase64(auth.token.unverifiedCertificate));
  const signCert = await keys.get(decodeBase64(submission.signingCertificate));
  const ca = await keys.get(decodeBase64(submission.caCertificate));
  const rrn = await keys.get(decodeBase64(submission.files.rrnCertificate));
  const algorithm: string = auth.token.algorithm;
  if (!isWebEidAlgorithm(algorithm)) throw new Error(`unexpected token algorithm ${algorithm}`);
  const spec = WEB_EID_ALGORITHMS[algorithm];
  const identity = decodeBase64(submission.files.identity);
  const identitySignature = decodeBase64(submission.files.identitySignature);
  const address = decodeBase64(submission.files.address);
  const photoHashLength = parseIdentityFile(identity).identity.photoHash.bytes.length;
  const signer = readCadesSignature(decodeBase64(submission.signature)).signer;
  const cmsHash = hashOfOid(signer.digestAlgorithm.oid);
  if (cmsHash === undefined || signer.signedAttributes === undefined) throw new Error('unexpected CMS');
  return [
    {
      name: 'token',
      hash: nodeHash(spec.hash),
      data: await webEidSignedData(ORIGIN, auth.nonce, spec.hash),
      key: keyOptions(authCert.key, 'ieee-p1363'),
      signature: decodeBase64(auth.token.signature),
    },
    certificateCheck('auth ← CA', authCert.info, ca.key),
    certificateCheck('sign ← CA', signCert.info, ca.key),
    rrnCheck('RRN identity', rrn.key, identity, identitySignature, photoHashLength),
    rrnCheck(
      'RRN address',
      rrn.key,
      addressSignedData(address, identitySignature),
      decodeBase64(submission.files.addressSignature),
      photoHashLength,
    ),
    {
      name: 'CMS',
      hash: nodeHash(cmsHash),
      data: signer.signedAttributes,
      key: keyOptions(signCert.key, 'der'),
      signature: signer.signature,
    },
  ];
}
