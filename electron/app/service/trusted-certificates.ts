import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';

/** An extra CA certificate from the config: PEM text or DER bytes. */
export type ExtraCaCertificate = string | Uint8Array;

/** PEM of one DER certificate (parsed first, so garbage is refused early). */
function pemOf(certificate: ExtraCaCertificate): string[] {
  if (typeof certificate !== 'string') return [new X509Certificate(certificate).toString()];
  const blocks = certificate.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/gu) ?? [];
  if (blocks.length === 0) throw new Error('an extra CA certificate is neither PEM nor DER');
  return blocks.map((block) => new X509Certificate(block).toString());
}

/** Node's CA list of `type`, or the bundled roots where `getCACertificates` is missing (Node < 22.15). */
function caCertificates(type: 'default' | 'system'): readonly string[] {
  if (typeof tls.getCACertificates !== 'function') return type === 'default' ? tls.rootCertificates : [];
  return tls.getCACertificates(type);
}

/**
 * The CA certificates the client trusts, as PEM: Node's default list (the bundled Mozilla roots
 * plus `NODE_EXTRA_CA_CERTS`), the operating system's trust store (so a kiosk fleet's own
 * enterprise CA, installed the usual way, just works), and `extra` from the config (a private
 * deployment's CA, or a test CA). Duplicates are dropped. Verification itself is never turned
 * off: a certificate that chains to none of these fails with `tls`.
 */
export function trustedCertificates(extra: readonly ExtraCaCertificate[] = []): string[] {
  const all = [...caCertificates('default'), ...caCertificates('system'), ...extra.flatMap(pemOf)];
  return [...new Set(all.map((pem) => pem.trim()))];
}

/** A TLS context over {@link trustedCertificates}, built once per client (parsing ~500 roots is not free). */
export function createTrustContext(extra: readonly ExtraCaCertificate[] = []): tls.SecureContext {
  return tls.createSecureContext({ ca: trustedCertificates(extra), minVersion: 'TLSv1.2' });
}
