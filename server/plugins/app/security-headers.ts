import fp from 'fastify-plugin';

/** The Content-Security-Policy of every answer that does not set its own (JSON needs nothing). */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every answer carries (OWASP Secure Headers; style: nothing cached, nothing framed). */
const HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Sets the security headers on every answer, errors and 404s included. Routes may set their
 * own `Content-Security-Policy` (the simulator page) and `Cache-Control`; the default is
 * `no-store`, since answers carry codes, tokens and personal data. HSTS only over https.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    const https = app.serviceConfig.origin.startsWith('https:');
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.headers(HEADERS);
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      if (https) reply.header('strict-transport-security', 'max-age=31536000');
      return payload;
    });
  },
  { name: 'security-headers', dependencies: ['service-config'] },
);
