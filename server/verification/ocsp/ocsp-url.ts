import type { Certificate } from 'pkijs';

/** id-pe-authorityInfoAccess (RFC 5280 §4.2.2.1) and id-ad-ocsp. */
const AIA_OID = '1.3.6.1.5.5.7.1.1';
const AD_OCSP_OID = '1.3.6.1.5.5.7.48.1';

interface AccessDescription {
  readonly accessMethod: string;
  readonly accessLocation: { readonly type: number; readonly value: unknown };
}

/**
 * The OCSP responder URLs of a certificate: `uniformResourceIdentifier` access locations of
 * id-ad-ocsp in its authorityInfoAccess extension (RFC 5280 §4.2.2.1), in order.
 */
export function ocspUrls(certificate: Certificate): string[] {
  const extension = certificate.extensions?.find((e) => e.extnID === AIA_OID);
  const parsed = extension?.parsedValue as { accessDescriptions?: AccessDescription[] } | undefined;
  return (parsed?.accessDescriptions ?? [])
    .filter((d) => d.accessMethod === AD_OCSP_OID && d.accessLocation.type === 6)
    .map((d) => String(d.accessLocation.value));
}

/**
 * Whether `url` may be contacted: plain `http:` or `https:`, and it starts with one of
 * `prefixes` followed by the end, `/`, `?` or `#`, so `http://ocsp.eid.belgium.be` does not
 * admit `http://ocsp.eid.belgium.be.example.net` (pki-and-signing.md §2.5 SSRF).
 */
export function isAllowedResponderUrl(url: string, prefixes: readonly string[]): boolean {
  if (!/^https?:\/\//.test(url)) return false;
  return prefixes.some((prefix) => {
    if (prefix === '' || !url.startsWith(prefix)) return false;
    const next = url[prefix.length];
    return prefix.endsWith('/') || next === undefined || next === '/' || next === '?' || next === '#';
  });
}
