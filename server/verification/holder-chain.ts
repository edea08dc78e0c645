import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import { ParseError } from '../../common/binary/parse-error.ts';
import type { AnchorLinks } from './anchor-links.ts';
import { begun } from './begun.ts';
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
 * A holder chain whose certificates parsed and whose CA → anchor part holds, with the holder →
 * CA link still being checked (`link`: its code, `undefined` when it holds); or the code.
 */
export type StartedHolderChain =
  | {
      readonly ok: true;
      readonly leaf: StoredCertificate;
      readonly issuer: StoredCertificate;
      readonly link: Promise<ApiErrorCode | undefined>;
    }
  | { readonly ok: false; readonly code: ApiErrorCode };

/**
 * The first part of {@link verifyHolderChain}: parses both certificates
 * (`certificate-malformed`), checks the CA → anchor part, and starts the holder → CA link
 * check without waiting for it, so that callers can start their other signature checks with
 * the leaf's key meanwhile. The link's verdict must be awaited before the leaf is trusted.
 */
export async function startHolderChain(
  context: ChainContext,
  leafFile: Uint8Array,
  caFile: Uint8Array,
  purpose: 'authentication' | 'signing',
  now: Date,
): Promise<StartedHolderChain> {
  const leaf = await storedCertificate(context.store, leafFile);
  const issuer = await storedCertificate(context.store, caFile);
  if (leaf === undefined || issuer === undefined) return { ok: false, code: 'certificate-malformed' };
  const failure = await context.links.verify(issuer.info.der, now);
  if (failure !== undefined) return { ok: false, code: chainFailureCode(failure.reason) };
  return { ok: true, leaf, issuer, link: begun(checkLeafLink(leaf, issuer, purpose, now)) };
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
  const started = await startHolderChain(context, leafFile, caFile, purpose, now);
  if (!started.ok) return started;
  const code = await started.link;
  return code === undefined ? { ok: true, leaf: started.leaf, issuer: started.issuer } : { ok: false, code };
}
