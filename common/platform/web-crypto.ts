import * as pkijs from 'pkijs';

/**
 * `common/` compiles without the DOM library (it must run in Node, in Electron's main
 * process and in the sandboxed renderer alike), so the WebCrypto types are not in scope. This
 * is the one place common code reaches the WebCrypto engine: the subset it uses, typed here,
 * obtained from pkijs' engine (which is `globalThis.crypto` in Node ≥ 20, Electron and
 * browsers, and can be replaced with `pkijs.setEngine` for tests).
 */

/** An imported key; opaque to common code. */
export interface WebCryptoKey {
  readonly type: string;
  readonly algorithm: { readonly name: string };
}

/** Algorithm parameters as WebCrypto takes them (`{ name: 'ECDSA', hash: 'SHA-384' }`, ...). */
export interface AlgorithmParameters {
  readonly name: string;
  readonly [parameter: string]: unknown;
}

/** The WebCrypto `SubtleCrypto` methods common code uses. */
export interface SubtleSubset {
  digest(algorithm: string | AlgorithmParameters, data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'spki' | 'raw',
    keyData: Uint8Array,
    algorithm: AlgorithmParameters,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<WebCryptoKey>;
  verify(
    algorithm: AlgorithmParameters,
    key: WebCryptoKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

/** The WebCrypto engine pkijs is configured with. */
export function subtle(): SubtleSubset {
  return pkijs.getCrypto(true) as unknown as SubtleSubset;
}

/** Hash algorithms by the name WebCrypto uses. */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** `hash(data)` as bytes. */
export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest(hash, data));
}
