import { encodeUtf8 } from '../json/utf8-encode.ts';
import { digest, type HashName } from '../platform/web-crypto.ts';

/**
 * What a Web eID `web-eid:1.0` signature covers (pki-and-signing.md §5.1):
 * `hash(origin) ‖ hash(challengeNonce)`, where `origin` is the UTF-8 of `https://host[:port]`
 * (no trailing slash) and the nonce is the UTF-8 of its base64 STRING, not the decoded bytes.
 * The signature algorithm hashes this again; see {@link webEidDigest} for what the card signs.
 */
export async function webEidSignedData(origin: string, nonce: string, hash: HashName): Promise<Uint8Array> {
  const originHash = await digest(hash, encodeUtf8(origin));
  const nonceHash = await digest(hash, encodeUtf8(nonce));
  const data = new Uint8Array(originHash.length + nonceHash.length);
  data.set(originHash);
  data.set(nonceHash, originHash.length);
  return data;
}

/**
 * The digest the card signs for a Web eID token: `H(H(origin) ‖ H(nonce))`. The card never
 * hashes (belpic-protocol.md §7.1), so the outer hash of the JWS algorithm is computed here;
 * e.g. ES384 sends `SHA-384(SHA-384(origin) ‖ SHA-384(nonce))`, 48 bytes, to PSO:CDS.
 */
export async function webEidDigest(origin: string, nonce: string, hash: HashName): Promise<Uint8Array> {
  return digest(hash, await webEidSignedData(origin, nonce, hash));
}
