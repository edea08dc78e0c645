import type { HashName } from '../../platform/web-crypto.ts';
import type { CertificateInfo } from '../certificate.ts';
import { verifySignature } from '../verify-signature.ts';

/** The card's signature does not verify with the signing certificate's key. */
export class CardSignatureMismatchError extends Error {
  override readonly name = 'CardSignatureMismatchError';
  constructor() {
    super('the card signature does not verify with the signing certificate (another key signed?)');
  }
}

/**
 * Checks the card's signature over `data` with `certificate`'s key before it is embedded
 * (through WebCrypto, `verifySignature`): RSA PKCS#1 v1.5 as returned, ECDSA as raw `r ‖ s`.
 * Catches a card that signed with another key, so the wizard never sends a CMS the service
 * will reject. Throws {@link CardSignatureMismatchError}.
 */
export async function verifyCardSignature(
  certificate: CertificateInfo,
  hash: HashName,
  cardSignature: Uint8Array,
  data: Uint8Array,
): Promise<void> {
  const key = { spki: certificate.raw.spki, publicKey: certificate.publicKey };
  const scheme = certificate.publicKey.kind === 'rsa' ? ('rsa-pkcs1-v1_5' as const) : ('ecdsa' as const);
  const verdict = await verifySignature(key, { kind: scheme, hash }, cardSignature, data);
  if (verdict !== 'valid') throw new CardSignatureMismatchError();
}
