import { MAX_OCSP_RESPONSE_BYTES } from './ocsp-config.ts';

/** How a responder exchange went. */
export type OcspHttpResult =
  | { readonly ok: true; readonly body: Uint8Array }
  | { readonly ok: false; readonly reason: 'network' | 'timeout' | 'http-status' | 'too-large' };

/** The `fetch` the checker uses (injectable for tests). */
export type FetchFunction = typeof fetch;

/**
 * POSTs a DER OCSP request as `application/ocsp-request` (RFC 6960 Appendix A.1) and reads at
 * most {@link MAX_OCSP_RESPONSE_BYTES}. Redirects are not followed (they could lead off the
 * allowlist); anything but 200 is `http-status`. Never throws.
 */
export async function postOcspRequest(
  url: string,
  request: Uint8Array,
  timeoutMs: number,
  fetchFunction: FetchFunction = fetch,
): Promise<OcspHttpResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchFunction(url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' },
      body: request,
      redirect: 'manual',
      signal,
    });
    if (response.status !== 200 || response.body === null) {
      await response.body?.cancel();
      return { ok: false, reason: 'http-status' };
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of response.body) {
      length += chunk.length;
      if (length > MAX_OCSP_RESPONSE_BYTES) return { ok: false, reason: 'too-large' };
      chunks.push(chunk);
    }
    return { ok: true, body: new Uint8Array(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, reason: signal.aborted ? 'timeout' : 'network' };
  }
}
