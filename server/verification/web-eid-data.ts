import { createHash } from 'node:crypto';
import { encodeUtf8 } from '../../common/json/utf8-encode.ts';
import type { HashName } from '../../common/platform/web-crypto.ts';
import { nodeHashName } from './node-signature.ts';

/**
 * What a Web eID token signature covers, `hash(origin) ‖ hash(nonce)` over their UTF-8
 * (pki-and-signing.md §5.1): the bytes of common/webeid `webEidSignedData` (the same
 * `encodeUtf8`, so a lone surrogate throws as there), hashed synchronously with node:crypto
 * (some 10 µs). WebCrypto's digest is a job on libuv's thread pool, where it queues behind
 * the signature checks of the same and other requests: about half a millisecond per
 * authentication under load.
 */
export function webEidSignedDataSync(origin: string, nonce: string, hash: HashName): Uint8Array {
  const digest = (text: string) => createHash(nodeHashName(hash)).update(encodeUtf8(text)).digest();
  return new Uint8Array(Buffer.concat([digest(origin), digest(nonce)]));
}
