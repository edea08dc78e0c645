import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { ParseError } from '../../common/binary/parse-error.ts';
import type { AnchorLinks } from './anchor-links.ts';
import type { CertificateStore, StoredCertificate } from './certificate-store.ts';
import { chainFailureCode } from './chain-codes.ts';
import { checkLeafLink } from './leaf-link.ts';

/** The caches a chain check uses. */
export interface ChainContext {
  readonly store: CertificateStore;
  readonly links: AnchorLinks;
}

/** A holder certificate that chains to an anchor, with its issuing CA; or the error code. */
export type HolderChainResult =
  | { readonly ok: true; readonly leaf: StoredCertificate; readonly issuer: StoredCertificate }
  | { readonly ok: false; readonly code: ApiErrorCode };

/**
 * Parses exact DER through the store (no card padding: the wizard trims it, and
 * `unverifiedCertificate` must be the trimmed DER, pki-and-signing.md §3.1); malformed input,
 * trailing bytes included, is `undefined`.
 */
export async function storedCertificate(
  store: CertificateStore,
  der: Uint8Array,
): Promise<StoredCertificate | undefined> {
  try {
    return await store.get(der);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

/**
 * holder certificate → issuing CA (`caCertificate`, the card's `503A`) → trust anchors
 * (pki-and-signing.md §2.1–§2.2): the CA → anchor part through `verifyCertificateChain`, cached
 * per CA (`AnchorLinks`); the holder → CA link with node:crypto (`checkLeafLink`), including
 * the key usage of `purpose`. Both certificates are exact DER.
 */
export async function verifyHolderChain(
  context: ChainContext,
  leafFile: Uint8Array,
  caFile: Uint8Array,
  purpose: 'authentication' | 'signing',
  now: Date,
): Promise<HolderChainResult> {
  const leaf = await storedCertificate(context.store, leafFile);
  const issuer = await storedCertificate(context.store, caFile);
  if (leaf === undefined || issuer === undefined) return { ok: false, code: 'certificate-malformed' };
  const failure = await context.links.verify(issuer.info.der, now);
  if (failure !== undefined) return { ok: false, code: chainFailureCode(failure.reason) };
  const code = checkLeafLink(leaf, issuer, purpose, now);
  return code === undefined ? { ok: true, leaf, issuer } : { ok: false, code };
}
