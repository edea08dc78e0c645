import type { CertificatePurpose } from '../../common/pki/certificate-purpose.ts';
import type { ChainFailure } from '../../common/pki/chain-result.ts';
import { verifyCertificateChain } from '../../common/pki/verify-certificate-chain.ts';
import { sha256Hex } from './certificate-store.ts';

/** A verified link to a trust anchor, usable while `now` is inside every certificate's validity. */
interface Link {
  readonly notBefore: number;
  readonly notAfter: number;
}

/**
 * Certificates verified up to the trust anchors with `common/pki/verifyCertificateChain`, cached
 * by the SHA-256 of their DER and the purpose (pki-and-signing.md §7: "cache the validated CA
 * and root paths"): the Citizen/Foreigner CAs (no purpose: the holder's certificate is checked
 * against them per request) and the RRN certificate (purpose `rrn`). Only successes are
 * cached, with the intersection of the path's validity periods, so an expired path is checked
 * again (and fails) rather than served from the cache.
 */
export class AnchorLinks {
  readonly #trustAnchors: readonly Uint8Array[];
  readonly #links = new Map<string, Link>();
  readonly #capacity: number;

  constructor(trustAnchors: readonly Uint8Array[], capacity = 256) {
    this.#trustAnchors = trustAnchors;
    this.#capacity = capacity;
  }

  /** `undefined` when `der` chains to an anchor at `now` for `purpose`, else the failure. */
  async verify(der: Uint8Array, now: Date, purpose?: CertificatePurpose): Promise<ChainFailure | undefined> {
    const key = `${purpose ?? 'ca'}:${sha256Hex(der)}`;
    const link = this.#links.get(key);
    const time = now.getTime();
    if (link !== undefined && time >= link.notBefore && time <= link.notAfter) return undefined;
    const chain = await verifyCertificateChain({
      leaf: der,
      intermediates: [],
      trustAnchors: this.#trustAnchors,
      now,
      ...(purpose === undefined ? {} : { purpose }),
    });
    if (!chain.ok) return chain;
    const notBefore = Math.max(...chain.path.map((c) => c.notBefore.getTime()));
    const notAfter = Math.min(...chain.path.map((c) => c.notAfter.getTime()));
    this.#links.set(key, { notBefore, notAfter });
    if (this.#links.size > this.#capacity) this.#links.delete(this.#links.keys().next().value as string);
    return undefined;
  }
}
