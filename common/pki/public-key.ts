import * as asn1js from 'asn1js';
import { RSAPublicKey, type PublicKeyInfo } from 'pkijs';
import { ParseError } from '../binary/parse-error.ts';

/** `subjectPublicKeyInfo.algorithm` OIDs (RFC 3279 §2.3.1, RFC 5480 §2.1.1). */
export const PUBLIC_KEY_OID = {
  /** rsaEncryption: RSA keys of applet 1.1/1.7 cards and the RSA roots. */
  rsa: '1.2.840.113549.1.1.1',
  /** id-ecPublicKey: EC keys of applet 1.8 cards, re-keyed 1.7 cards and Root CA6. */
  ec: '1.2.840.10045.2.1',
} as const;

/** WebCrypto curve names by named-curve OID (RFC 5480 §2.1.1.1). */
export const NAMED_CURVES: ReadonlyMap<string, EcCurveName> = new Map([
  ['1.2.840.10045.3.1.7', 'P-256'], // secp256r1
  ['1.3.132.0.34', 'P-384'], // secp384r1: every Belgian EC key
  ['1.3.132.0.35', 'P-521'], // secp521r1
]);

/** The curves WebCrypto verifies with. */
export type EcCurveName = 'P-256' | 'P-384' | 'P-521';

/** A certificate's public key, as much as signature checks need. */
export type PublicKeyModel =
  | { readonly kind: 'rsa'; readonly modulusBits: number }
  | {
      readonly kind: 'ec';
      /** The curve, or `undefined` for a curve WebCrypto does not support (see `curveOid`). */
      readonly curve: EcCurveName | undefined;
      readonly curveOid: string;
    }
  | { readonly kind: 'other'; readonly algorithmOid: string };

/**
 * Reads the key type from `SubjectPublicKeyInfo` (RFC 5280 §4.1.2.7): RSA with its modulus
 * size (RFC 8017 A.1.1 `RSAPublicKey`), EC with its named curve (RFC 5480 §2.1.1), anything
 * else as `other`. A malformed RSA key or EC parameters throw a {@link ParseError}.
 */
export function readPublicKey(info: PublicKeyInfo): PublicKeyModel {
  const algorithmOid = info.algorithm.algorithmId;
  if (algorithmOid === PUBLIC_KEY_OID.rsa) {
    let modulus: Uint8Array;
    try {
      const key = RSAPublicKey.fromBER(info.subjectPublicKey.valueBlock.valueHexView);
      modulus = key.modulus.valueBlock.valueHexView;
    } catch {
      throw new ParseError('RSA public key', 0, 'not an RSAPublicKey');
    }
    return { kind: 'rsa', modulusBits: unsignedBitLength(modulus) };
  }
  if (algorithmOid === PUBLIC_KEY_OID.ec) {
    const parameters: unknown = info.algorithm.algorithmParams;
    if (!(parameters instanceof asn1js.ObjectIdentifier)) {
      throw new ParseError('EC public key', 0, 'parameters are not a named curve');
    }
    const curveOid = parameters.valueBlock.toString();
    return { kind: 'ec', curve: NAMED_CURVES.get(curveOid), curveOid };
  }
  return { kind: 'other', algorithmOid };
}

/** Bit length of a big-endian unsigned integer (leading zero bytes ignored). */
function unsignedBitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] as number));
}

/** Field size in bytes of a WebCrypto curve: the length of r and s in a raw signature. */
export function curveFieldLength(curve: EcCurveName): number {
  return curve === 'P-256' ? 32 : curve === 'P-384' ? 48 : 66;
}
