import { isIPv4 } from 'node:net';
import { ServiceClientError } from './service-client-error.ts';

/** The local service of `npm run service` (server/README.md): the CLI's and the config's default. */
export const DEFAULT_SERVICE_URL = 'http://127.0.0.1:8480';

/** Where the service lives, checked once when the client is made. */
export interface ServiceLocation {
  readonly protocol: 'https:' | 'http:';
  /** The host name or address as Node's `request` wants it (IPv6 without brackets). */
  readonly hostname: string;
  readonly port: number;
  /** A path prefix the API lives under (a reverse proxy's), without the trailing slash; often ''. */
  readonly basePath: string;
  /** `scheme://host[:port]`: the origin a Web eID token of this service is signed for, by default. */
  readonly origin: string;
}

/**
 * Whether `hostname` (as `URL.hostname` gives it) is this machine: `localhost`, `::1` or an
 * address in 127.0.0.0/8. Only these may be reached over plain HTTP (the local demo service).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return isIPv4(host) && host.startsWith('127.');
}

function refuse(operation: string, reason: string): never {
  throw new ServiceClientError({ code: 'invalid-url', operation, reason });
}

/**
 * Parses and checks the configured service URL: `https://` anywhere, `http://` only to a
 * loopback host (registration data never crosses a network in clear), no user name or
 * password, no query or fragment. Throws `invalid-url` before anything is connected.
 */
export function parseServiceUrl(baseUrl: string, operation = 'createServiceClient'): ServiceLocation {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    refuse(operation, 'not-a-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse(operation, 'scheme');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) refuse(operation, 'plain-http');
  if (url.username !== '' || url.password !== '') refuse(operation, 'credentials');
  if (url.search !== '' || url.hash !== '') refuse(operation, 'query-or-fragment');
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  const port = url.port === '' ? (protocol === 'https:' ? 443 : 80) : Number(url.port);
  return {
    protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/u, '$1'),
    port,
    basePath: url.pathname.replace(/\/+$/u, ''),
    origin: url.origin,
  };
}
