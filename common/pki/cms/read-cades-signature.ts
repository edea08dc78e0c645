import { ParseError } from '../../binary/parse-error.ts';
import { CMS_OID } from './cms-oids.ts';
import {
  childrenOf,
  decodeOid,
  decodeSmallInteger,
  expectTag,
  singleElement,
  TAG,
  type DerElement,
} from './der-walk.ts';

const STRUCTURE = 'CMS SignedData';

/** An `AlgorithmIdentifier` (RFC 5280 §4.1.1.2): OID and how its parameters were written. */
export interface AlgorithmModel {
  readonly oid: string;
  /** `absent`, `null` (an ASN.1 NULL), or the DER of other parameters. */
  readonly parameters: 'absent' | 'null' | Uint8Array;
}

/** The one SignerInfo of a CAdES-BES signature (RFC 5652 §5.3). */
export interface SignerInfoModel {
  readonly version: number;
  /** IssuerAndSerialNumber: DER of the issuer `Name`; undefined for a subjectKeyIdentifier sid. */
  readonly issuer: Uint8Array | undefined;
  /** IssuerAndSerialNumber: content octets of the serial number INTEGER. */
  readonly serialNumber: Uint8Array | undefined;
  readonly digestAlgorithm: AlgorithmModel;
  /**
   * The signed attributes re-tagged as `SET OF` (`31`): exactly the bytes the signature
   * covers (RFC 5652 §5.4); undefined when absent.
   */
  readonly signedAttributes: Uint8Array | undefined;
  readonly signatureAlgorithm: AlgorithmModel;
  /** `signature` OCTET STRING content: PKCS#1 v1.5, or DER `ECDSA-Sig-Value`. */
  readonly signature: Uint8Array;
  readonly hasUnsignedAttributes: boolean;
}

/** What a detached CAdES-BES `ContentInfo` holds (RFC 5652 §3, §5.1). */
export interface CadesSignatureModel {
  readonly version: number;
  readonly digestAlgorithms: readonly AlgorithmModel[];
  readonly eContentType: string;
  /** True when `eContent` is absent (a detached signature). */
  readonly detached: boolean;
  /** The DER of each entry of `certificates`, as received. */
  readonly certificates: readonly Uint8Array[];
  readonly signer: SignerInfoModel;
}

function algorithm(element: DerElement | undefined, what: string): AlgorithmModel {
  const [oid, parameters, extra] = childrenOf(expectTag(element, TAG.sequence, STRUCTURE, what), STRUCTURE);
  if (extra !== undefined) throw new ParseError(STRUCTURE, 0, `${what}: too many elements`);
  return {
    oid: decodeOid(expectTag(oid, TAG.oid, STRUCTURE, what), STRUCTURE),
    parameters:
      parameters === undefined
        ? 'absent'
        : parameters.tag === TAG.null && parameters.content.length === 0
          ? 'null'
          : parameters.encoded.slice(),
  };
}

function signerInfo(element: DerElement): SignerInfoModel {
  const items = childrenOf(expectTag(element, TAG.sequence, STRUCTURE, 'SignerInfo'), STRUCTURE);
  let i = 0;
  const next = (): DerElement | undefined => items[i++];
  const version = decodeSmallInteger(
    expectTag(next(), TAG.integer, STRUCTURE, 'SignerInfo version'),
    STRUCTURE,
  );
  const sid = next();
  let issuer: Uint8Array | undefined;
  let serialNumber: Uint8Array | undefined;
  if (sid?.tag === TAG.sequence) {
    const [name, serial] = childrenOf(sid, STRUCTURE);
    issuer = expectTag(name, TAG.sequence, STRUCTURE, 'sid issuer').encoded.slice();
    serialNumber = expectTag(serial, TAG.integer, STRUCTURE, 'sid serialNumber').content.slice();
  } else if (sid?.tag !== TAG.context0Primitive) throw new ParseError(STRUCTURE, 0, 'SignerInfo sid missing');
  const digestAlgorithm = algorithm(next(), 'digestAlgorithm');
  let signedAttributes: Uint8Array | undefined;
  if (items[i]?.tag === TAG.context0) {
    signedAttributes = (next() as DerElement).encoded.slice();
    signedAttributes[0] = TAG.set;
  }
  const signatureAlgorithm = algorithm(next(), 'signatureAlgorithm');
  const signature = expectTag(next(), TAG.octetString, STRUCTURE, 'signature').content.slice();
  const unsigned = next();
  if (unsigned !== undefined && unsigned.tag !== TAG.context1)
    throw new ParseError(STRUCTURE, 0, 'unexpected element');
  if (next() !== undefined) throw new ParseError(STRUCTURE, 0, 'data after SignerInfo');
  const hasUnsignedAttributes = unsigned !== undefined;
  return {
    version,
    issuer,
    serialNumber,
    digestAlgorithm,
    signedAttributes,
    signatureAlgorithm,
    signature,
    hasUnsignedAttributes,
  };
}

/**
 * Reads a DER `ContentInfo` holding a `SignedData` with exactly one SignerInfo (RFC 5652
 * §3, §5.1–§5.3) by walking the DER, without decoding the embedded certificates (they are
 * returned as their DER). Wrong tags, trailing data, a content type other than
 * id-signedData, or a SignerInfo count other than one throw a {@link ParseError}. Whether
 * the signature is valid, detached or carries the right attributes is for the caller.
 */
export function readCadesSignature(der: Uint8Array): CadesSignatureModel {
  const contentInfo = childrenOf(
    expectTag(singleElement(der, STRUCTURE), TAG.sequence, STRUCTURE, 'ContentInfo'),
    STRUCTURE,
  );
  if (
    decodeOid(expectTag(contentInfo[0], TAG.oid, STRUCTURE, 'contentType'), STRUCTURE) !== CMS_OID.signedData
  ) {
    throw new ParseError(STRUCTURE, 0, 'content type is not id-signedData');
  }
  const explicit = childrenOf(expectTag(contentInfo[1], TAG.context0, STRUCTURE, 'content'), STRUCTURE);
  if (explicit.length !== 1 || contentInfo.length !== 2)
    throw new ParseError(STRUCTURE, 0, 'malformed ContentInfo');
  const items = childrenOf(expectTag(explicit[0], TAG.sequence, STRUCTURE, 'SignedData'), STRUCTURE);
  let i = 0;
  const next = (): DerElement | undefined => items[i++];
  const version = decodeSmallInteger(expectTag(next(), TAG.integer, STRUCTURE, 'version'), STRUCTURE);
  const digestSet = expectTag(next(), TAG.set, STRUCTURE, 'digestAlgorithms');
  const digestAlgorithms = childrenOf(digestSet, STRUCTURE).map((e) => algorithm(e, 'digestAlgorithms'));
  const encap = childrenOf(expectTag(next(), TAG.sequence, STRUCTURE, 'encapContentInfo'), STRUCTURE);
  const eContentType = decodeOid(expectTag(encap[0], TAG.oid, STRUCTURE, 'eContentType'), STRUCTURE);
  if (encap.length > 2) throw new ParseError(STRUCTURE, 0, 'malformed encapContentInfo');
  let certificates: Uint8Array[] = [];
  if (items[i]?.tag === TAG.context0)
    certificates = childrenOf(next() as DerElement, STRUCTURE).map((c) => c.encoded.slice());
  if (items[i]?.tag === TAG.context1) next();
  const signerInfos = childrenOf(expectTag(next(), TAG.set, STRUCTURE, 'signerInfos'), STRUCTURE);
  if (next() !== undefined) throw new ParseError(STRUCTURE, 0, 'data after signerInfos');
  if (signerInfos.length !== 1)
    throw new ParseError(STRUCTURE, 0, `${signerInfos.length} SignerInfos, expected 1`);
  return {
    version,
    digestAlgorithms,
    eContentType,
    detached: encap.length === 1,
    certificates,
    signer: signerInfo(signerInfos[0] as DerElement),
  };
}
