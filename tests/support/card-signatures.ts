import { verify, X509Certificate } from 'node:crypto';
import type { BelpicCard } from '../../native/belpic/belpic-card.ts';
import type { HashName } from '../../common/platform/web-crypto.ts';

/** ASCII digits of a PIN, as the UI hands them to the card library. */
export function pinDigits(pin: string): Uint8Array {
  return Uint8Array.from(pin, (c) => c.charCodeAt(0));
}

/** Signs `digest` with the authentication and then the non-repudiation key, each with `pin`. */
export async function signWithBothKeys(
  eid: BelpicCard,
  hash: HashName,
  digest: Uint8Array,
  pin = '1234',
): Promise<{ authentication: Uint8Array; nonRepudiation: Uint8Array }> {
  const sign = (key: 'authentication' | 'nonRepudiation'): Promise<Uint8Array> =>
    eid.sign({ key, hash, digest, pin: { kind: 'digits', digits: pinDigits(pin) } });
  const authentication = await sign('authentication');
  return { authentication, nonRepudiation: await sign('nonRepudiation') };
}

/**
 * Whether a card signature over `message` verifies with the key of `certificateDer`, judged
 * by Node's crypto (independent of the library): PKCS#1 v1.5 for RSA, raw r‖s for ECDSA.
 */
export function verifiesWithCertificate(
  certificateDer: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
  nodeHash: string,
): boolean {
  const key = new X509Certificate(certificateDer).publicKey;
  return key.asymmetricKeyType === 'ec'
    ? verify(nodeHash, message, { key, dsaEncoding: 'ieee-p1363' }, signature)
    : verify(nodeHash, message, key, signature);
}
