import { ServiceClientError } from './service-client-error.ts';

/** OpenSSL certificate verification results (`X509_V_ERR_*` names as Node reports them). */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'HOSTNAME_MISMATCH',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
]);

/** Whether a Node error code is a TLS failure: a certificate verdict or an OpenSSL/TLS error. */
function isTlsCode(code: string): boolean {
  return (
    CERTIFICATE_CODES.has(code) ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.startsWith('CERT_') ||
    code === 'EPROTO'
  );
}

/**
 * The client error for a socket-level failure of `operation`: TLS failures → `tls` (not
 * retryable: a wrong certificate does not fix itself, and it may be an attack), everything else
 * (refused, reset, unknown host, no route) → `unreachable`. Only the Node error code is kept;
 * Node's message (host names, certificate subjects) is dropped with the rest.
 */
export function networkError(operation: string, error: unknown): ServiceClientError {
  if (error instanceof ServiceClientError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === 'string' ? code : 'network';
  return new ServiceClientError({ code: isTlsCode(reason) ? 'tls' : 'unreachable', operation, reason });
}
