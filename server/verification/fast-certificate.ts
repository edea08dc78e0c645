import { X509Certificate, type KeyObject } from 'node:crypto';
import { toHex } from '../../common/binary/hex.ts';
import type { CertificateInfo } from '../../common/pki/certificate.ts';
import { decodeOid, TAG, type DerElement } from '../../common/pki/cms/der-walk.ts';
import { NAMED_CURVES, PUBLIC_KEY_OID, type PublicKeyModel } from '../../common/pki/public-key.ts';
import { readExtensionsFast } from './fast-extensions.ts';
import { readNameFast } from './fast-name.ts';
import { isPlainDer, strictChildren, strictSingle, strictTime } from './strict-der.ts';

/** A certificate read by {@link readCertificateFast}: the pkijs-equal model and its node:crypto key. */
export interface FastCertificate {
  readonly info: CertificateInfo;
  readonly key: KeyObject;
}

const VERSION = 0xa0;
const ISSUER_UID = 0x81;
const SUBJECT_UID = 0x82;
const EXTENSIONS = 0xa3;

function oidOf(element: DerElement | undefined): string | undefined {
  if (element?.tag !== TAG.oid) return undefined;
  try {
    return decodeOid(element, 'certificate');
  } catch {
    return undefined;
  }
}

/** `AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }`. */
function algorithm(element: DerElement | undefined): { oid: string; parameters?: DerElement } | undefined {
  const items = element?.tag === TAG.sequence ? strictChildren(element) : undefined;
  const oid = oidOf(items?.[0]);
  if (items === undefined || oid === undefined || items.length > 2) return undefined;
  return items[1] === undefined ? { oid } : { oid, parameters: items[1] };
}

/** BIT STRING content without its unused-bits octet, when no bit is unused. */
function wholeBytes(element: DerElement | undefined): Uint8Array | undefined {
  if (element?.tag !== TAG.bitString || element.content.length < 2 || element.content[0] !== 0)
    return undefined;
  return element.content.subarray(1);
}

/** Bit length of a positive DER INTEGER's content (leading zero octets ignored). */
function positiveBitLength(content: Uint8Array): number | undefined {
  if (content.length === 0 || (content[0] as number) & 0x80) return undefined;
  let i = 0;
  while (i < content.length - 1 && content[i] === 0) i++;
  return (content.length - i - 1) * 8 + (32 - Math.clz32(content[i] as number));
}

/** `readPublicKey` of common/pki from the DER `SubjectPublicKeyInfo`. */
function publicKeyModel(spki: DerElement): PublicKeyModel | undefined {
  const [algorithmElement, keyBits, extra] = strictChildren(spki) ?? [];
  const algorithmId = algorithm(algorithmElement);
  const key = wholeBytes(keyBits);
  if (algorithmId === undefined || key === undefined || extra !== undefined) return undefined;
  if (algorithmId.oid === PUBLIC_KEY_OID.rsa) {
    const rsa = strictSingle(key, TAG.sequence);
    const [modulus, exponent, more] = (rsa === undefined ? undefined : strictChildren(rsa)) ?? [];
    if (modulus?.tag !== TAG.integer || exponent?.tag !== TAG.integer || more !== undefined) return undefined;
    const modulusBits = positiveBitLength(modulus.content);
    return modulusBits === undefined ? undefined : { kind: 'rsa', modulusBits };
  }
  if (algorithmId.oid === PUBLIC_KEY_OID.ec) {
    const curveOid = oidOf(algorithmId.parameters);
    return curveOid === undefined ? undefined : { kind: 'ec', curve: NAMED_CURVES.get(curveOid), curveOid };
  }
  return { kind: 'other', algorithmOid: algorithmId.oid };
}

/** The TBSCertificate members (RFC 5280 §4.1) the model needs. */
interface TbsMembers {
  readonly serial: DerElement;
  readonly signature: DerElement;
  readonly issuer: DerElement;
  readonly notBefore: DerElement;
  readonly notAfter: DerElement;
  readonly subject: DerElement;
  readonly spki: DerElement;
  readonly extensions: DerElement | undefined;
}

/** TBSCertificate members in order; v3 form (`version` present) only. */
function tbsMembers(tbs: DerElement): TbsMembers | undefined {
  const items = strictChildren(tbs);
  if (items === undefined || items.length < 7) return undefined;
  const [version, serial, signature, issuer, validity, subject, spki, ...optional] = items as [
    DerElement,
    DerElement,
    DerElement,
    DerElement,
    DerElement,
    DerElement,
    DerElement,
    ...DerElement[],
  ];
  const versionItems = version.tag === VERSION ? strictChildren(version) : undefined;
  if (versionItems?.length !== 1 || versionItems[0]?.tag !== TAG.integer) return undefined;
  const tags = optional.map((item) => item.tag);
  if (tags.join() !== [ISSUER_UID, SUBJECT_UID, EXTENSIONS].filter((tag) => tags.includes(tag)).join())
    return undefined;
  if (serial.tag !== TAG.integer || serial.content.length === 0 || spki.tag !== TAG.sequence)
    return undefined;
  const times = validity.tag === TAG.sequence ? strictChildren(validity) : undefined;
  if (times?.length !== 2) return undefined;
  const [notBefore, notAfter] = times as [DerElement, DerElement];
  const extensions = optional.find((item) => item.tag === EXTENSIONS);
  return { serial, signature, issuer, notBefore, notAfter, subject, spki, extensions };
}

/**
 * Reads a DER X.509 certificate into the same {@link CertificateInfo} as `common/pki`
 * `parseCertificate` (pkijs, about a millisecond per holder certificate) in a few tens of
 * microseconds: Node's `X509Certificate` (OpenSSL) must accept it and gives the public key as
 * a `KeyObject`; a strict DER walk (strict-der.ts, on common's DER readers) gives the fields,
 * names, validity, keyUsage, basicConstraints, extKeyUsage, certificatePolicies and the
 * critical extensions. `sha256` is the lower-case hex SHA-256 of `der` (the store has it).
 *
 * Only certificates whose every part this reader models exactly as pkijs does are read:
 * plain DER (minimal lengths, no constructed strings, standard time forms, DER booleans), v3,
 * the TBS signature algorithm equal to the outer one, no repeated extension, name values that
 * are non-empty UTF8String or one-byte strings, a positive RSA modulus or a named EC curve, no
 * unused bits in the key or signature. For anything else, and whenever OpenSSL refuses the
 * DER, it returns `undefined` and the caller parses with pkijs, which keeps the last word on
 * what is malformed: the fast path never accepts what the pkijs path would refuse.
 */
export function readCertificateFast(der: Uint8Array, sha256: string): FastCertificate | undefined {
  if (!isPlainDer(der)) return undefined;
  const certificate = strictSingle(der, TAG.sequence);
  const [tbs, outerAlgorithm, signatureBits, extra] = (certificate && strictChildren(certificate)) ?? [];
  const members = tbs?.tag === TAG.sequence ? tbsMembers(tbs) : undefined;
  const signatureAlgorithm = algorithm(outerAlgorithm)?.oid;
  const signatureValue = wholeBytes(signatureBits);
  if (!tbs || !members || !signatureAlgorithm || !signatureValue || extra) return undefined;
  if (algorithm(members.signature)?.oid !== signatureAlgorithm) return undefined;
  const subject = readNameFast(members.subject);
  const issuer = readNameFast(members.issuer);
  const notBefore = strictTime(members.notBefore);
  const notAfter = strictTime(members.notAfter);
  const publicKey = publicKeyModel(members.spki);
  const extensions = readExtensionsFast(members.extensions);
  if (!subject || !issuer || !notBefore || !notAfter || !publicKey || !extensions) return undefined;
  let key: KeyObject;
  try {
    key = new X509Certificate(der).publicKey;
  } catch {
    return undefined;
  }
  const info: CertificateInfo = {
    der: der.slice(),
    sha256: sha256.toUpperCase(),
    serialNumber: toHex(members.serial.content),
    subject,
    issuer,
    notBefore,
    notAfter,
    publicKey,
    keyUsage: extensions.keyUsage,
    extendedKeyUsage: extensions.extendedKeyUsage,
    isCa: extensions.isCa,
    pathLength: extensions.pathLength,
    policies: extensions.policies,
    criticalExtensions: extensions.critical,
    raw: {
      tbs: tbs.encoded.slice(),
      signatureAlgorithm,
      signatureValue: signatureValue.slice(),
      spki: members.spki.encoded.slice(),
      subjectName: members.subject.encoded.slice(),
      issuerName: members.issuer.encoded.slice(),
    },
  };
  return { info, key };
}
