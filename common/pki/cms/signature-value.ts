import * as asn1js from 'asn1js';
import { AlgorithmIdentifier } from 'pkijs';
import { ParseError } from '../../binary/parse-error.ts';
import { ecdsaRawToDer } from '../../der/ecdsa-signature.ts';
import type { HashName } from '../../platform/web-crypto.ts';
import { curveFieldLength, type PublicKeyModel } from '../public-key.ts';
import { CMS_OID, ECDSA_WITH_OID } from './cms-oids.ts';

/** How the card's signature goes into SignerInfo, by the signing key's type. */
export interface CmsSignatureScheme {
  /** `signatureAlgorithm` of SignerInfo. */
  readonly algorithm: AlgorithmIdentifier;
  /** Length of the card's signature: the modulus length (RSA) or 2 × field length (raw r‖s). */
  readonly cardSignatureLength: number;
  /** The card's signature as SignerInfo `signature` content. */
  encode(cardSignature: Uint8Array): Uint8Array;
}

/**
 * The CMS signature scheme for a card key (pki-and-signing.md §1.2 step 6):
 *
 * - RSA: `rsaEncryption` with NULL parameters (RFC 3370 §3.2; the hash is the
 *   digestAlgorithm); the card's PKCS#1 v1.5 signature goes in as it is.
 * - ECDSA: `ecdsa-with-SHA*` with ABSENT parameters (RFC 5758 §3.2); the card's raw `r ‖ s`
 *   (Belpic V1.8 PSO:CDS "plain format") is converted to DER `ECDSA-Sig-Value` (RFC 3279 §2.2.3).
 *
 * Any other key throws a `RangeError`: the caller picked a certificate no card has.
 */
export function cmsSignatureScheme(key: PublicKeyModel, hash: HashName): CmsSignatureScheme {
  if (key.kind === 'rsa') {
    return {
      algorithm: new AlgorithmIdentifier({
        algorithmId: CMS_OID.rsaEncryption,
        algorithmParams: new asn1js.Null(),
      }),
      cardSignatureLength: Math.ceil(key.modulusBits / 8),
      encode: (signature) => signature.slice(),
    };
  }
  if (key.kind === 'ec' && key.curve !== undefined) {
    return {
      algorithm: new AlgorithmIdentifier({ algorithmId: ECDSA_WITH_OID[hash] }),
      cardSignatureLength: 2 * curveFieldLength(key.curve),
      encode: (signature) => ecdsaRawToDer(signature),
    };
  }
  throw new RangeError('the signing certificate has neither an RSA nor a supported EC key');
}

/** Checks the card's signature length before it is embedded; a wrong length is malformed card output. */
export function checkCardSignatureLength(scheme: CmsSignatureScheme, cardSignature: Uint8Array): void {
  if (cardSignature.length !== scheme.cardSignatureLength) {
    throw new ParseError(
      'card signature',
      0,
      `${cardSignature.length} bytes, expected ${scheme.cardSignatureLength}`,
    );
  }
}
