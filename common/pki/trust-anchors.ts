import { ParseError } from '../binary/parse-error.ts';
import { BELGIAN_ROOTS, type PinnedRoot } from './belgian-roots.ts';
import { parseCertificate, type CertificateInfo } from './certificate.ts';
import { decodePemCertificates } from './pem.ts';

/** A root certificate as shipped: PEM text (one or more `CERTIFICATE` blocks) or DER bytes. */
export type TrustAnchorSource = string | Uint8Array;

/** An accepted anchor; pass `der` to `verifyCertificateChain`'s `trustAnchors`. */
export interface TrustAnchor {
  readonly der: Uint8Array;
  readonly certificate: CertificateInfo;
  /** `pinned`: a Belgian root of `BELGIAN_ROOTS`; `test`: explicitly configured test root. */
  readonly origin: 'pinned' | 'test';
  /** The pin it matched (origin `pinned`). */
  readonly pin: PinnedRoot | undefined;
}

/** A certificate that was refused as an anchor. */
export interface RejectedTrustAnchor {
  /** Index of the source in the list it came from. */
  readonly source: number;
  readonly list: 'pinned' | 'test';
  readonly reason: 'not-pinned' | 'malformed' | 'not-a-ca';
  /** SHA-256 (upper-case hex) when the certificate parsed. */
  readonly sha256: string | undefined;
  readonly message: string;
}

/** Accepted and rejected anchors, in input order. */
export interface TrustAnchorSet {
  readonly accepted: readonly TrustAnchor[];
  readonly rejected: readonly RejectedTrustAnchor[];
}

/** Options of {@link loadPinnedTrustAnchors}. */
export interface TrustAnchorOptions {
  /**
   * Test roots (virtual card, test PKIs), accepted without a pin. Only pass these when test
   * roots are explicitly configured (pki-and-signing.md §2.4: trust of test cards is opt-in);
   * they are reported with origin `test`.
   */
  readonly testRoots?: readonly TrustAnchorSource[];
}

/**
 * Loads trust anchors (pki-and-signing.md §3.5 "Pin by SHA-256"): each certificate of
 * `sources` is accepted only when the SHA-256 of its DER is one of {@link BELGIAN_ROOTS};
 * everything else is rejected (`not-pinned`), so a swapped file under resources/trust cannot
 * add trust. `options.testRoots` are accepted unpinned, as origin `test`. Every anchor must be
 * a CA certificate (basicConstraints cA). Bad PEM/DER is a `malformed` rejection, not a throw.
 */
export async function loadPinnedTrustAnchors(
  sources: readonly TrustAnchorSource[],
  options: TrustAnchorOptions = {},
): Promise<TrustAnchorSet> {
  const accepted: TrustAnchor[] = [];
  const rejected: RejectedTrustAnchor[] = [];
  const load = async (list: 'pinned' | 'test', items: readonly TrustAnchorSource[]): Promise<void> => {
    for (const [source, item] of items.entries()) {
      const reject = (reason: RejectedTrustAnchor['reason'], message: string, sha256?: string): void => {
        rejected.push({ source, list, reason, sha256, message });
      };
      let certificates: CertificateInfo[];
      try {
        const ders = typeof item === 'string' ? decodePemCertificates(item) : [item];
        if (ders.length === 0) throw new ParseError('PEM', 0, 'no CERTIFICATE block');
        certificates = await Promise.all(ders.map((der) => parseCertificate(der)));
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        reject('malformed', error.message);
        continue;
      }
      for (const certificate of certificates) {
        const pin = BELGIAN_ROOTS.find((root) => root.sha256 === certificate.sha256);
        if (list === 'pinned' && pin === undefined)
          reject('not-pinned', 'SHA-256 not pinned', certificate.sha256);
        else if (!certificate.isCa) reject('not-a-ca', 'not a CA certificate', certificate.sha256);
        else accepted.push({ der: certificate.der, certificate, origin: pin ? 'pinned' : 'test', pin });
      }
    }
  };
  await load('pinned', sources);
  await load('test', options.testRoots ?? []);
  return { accepted, rejected };
}
