import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import type { SecureContext } from 'node:tls';
import { networkError } from './network-error.ts';
import { ServiceClientError } from './service-client-error.ts';
import type { ServiceLocation } from './service-url.ts';

/** How one client reaches its service; made once by `createServiceClient`. */
export interface Transport {
  readonly location: ServiceLocation;
  /** The trust store (bundled + system + extra CAs); unused over loopback HTTP. */
  readonly secureContext: SecureContext | undefined;
  /** No keep-alive: a handful of requests per registration, and never a stale pooled socket. */
  readonly agent: HttpAgent | HttpsAgent;
  readonly maxResponseBytes: number;
  readonly userAgent: string;
}

/** One HTTP request: `path` is an `API_PATHS` entry; `body` is JSON text. */
export interface OutgoingRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Time limits of one attempt, and the caller's cancellation. */
export interface AttemptLimits {
  /** TCP connect plus TLS handshake. */
  readonly connectMs: number;
  /** From connected to the last byte of the answer (sending the request included). */
  readonly responseMs: number;
  readonly signal?: AbortSignal;
}

/** A whole answer, not yet interpreted. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Uint8Array;
}

/** A new transport's agent: no keep-alive, certificates always verified. */
export function transportAgent(location: ServiceLocation): HttpAgent | HttpsAgent {
  return location.protocol === 'https:'
    ? new HttpsAgent({ keepAlive: false })
    : new HttpAgent({ keepAlive: false });
}

/**
 * Sends one request and reads the whole answer, whatever its status. Fails with a
 * {@link ServiceClientError}: `timeout` (reason `connect` or `response`), `cancelled`,
 * `bad-response` (reason `too-large`: more than `maxResponseBytes`, declared or received, so a
 * hostile server cannot fill memory), `tls`, or `unreachable`. Redirects are not followed.
 */
export function sendRequest(
  transport: Transport,
  operation: string,
  outgoing: OutgoingRequest,
  limits: AttemptLimits,
): Promise<RawAnswer> {
  const { location, secureContext, agent, maxResponseBytes } = transport;
  const { signal } = limits;
  if (signal?.aborted) return Promise.reject(new ServiceClientError({ code: 'cancelled', operation }));
  const payload = Buffer.from(outgoing.body ?? '', 'utf8');
  const headers: Record<string, string | number> = {
    accept: 'application/json',
    'user-agent': transport.userAgent,
    ...outgoing.headers,
    ...(outgoing.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(outgoing.method === 'POST' ? { 'content-length': payload.length } : {}),
  };
  const secure = location.protocol === 'https:';
  const options = {
    protocol: location.protocol,
    hostname: location.hostname,
    port: location.port,
    path: location.basePath + outgoing.path,
    method: outgoing.method,
    headers,
    agent,
    ...(secure ? { secureContext, rejectUnauthorized: true } : {}),
  };

  return new Promise<RawAnswer>((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(options);
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const fail = (error: unknown): void => {
      if (!finish()) return;
      request.destroy();
      reject(networkError(operation, error));
    };
    const clientError = (code: 'timeout' | 'cancelled' | 'bad-response', reason?: string) =>
      new ServiceClientError({ code, operation, reason });
    const startResponseTimer = (): void => {
      timers.push(setTimeout(() => fail(clientError('timeout', 'response')), limits.responseMs));
    };
    function onAbort(): void {
      fail(clientError('cancelled'));
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    request.on('socket', (socket: Socket) => {
      if (!socket.connecting) return startResponseTimer();
      const connectTimer = setTimeout(() => fail(clientError('timeout', 'connect')), limits.connectMs);
      timers.push(connectTimer);
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        startResponseTimer();
      });
    });
    request.on('error', fail);
    request.on('response', (response) => {
      const tooLarge = () => fail(clientError('bad-response', 'too-large'));
      if (Number(response.headers['content-length'] ?? 0) > maxResponseBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('close', () => fail({ code: 'ECONNRESET' })); // a no-op after 'end'
      response.on('end', () => {
        if (!finish()) return;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    });
    request.end(outgoing.method === 'POST' ? payload : undefined);
  });
}
