import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';

/** A request as the fake service received it. */
export interface FakeRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** Answers request number `index` (0-based); may also never answer. */
export type FakeHandler = (request: FakeRequest, response: ServerResponse, index: number) => void;

/** A small scripted service on 127.0.0.1. */
export interface FakeService {
  readonly baseUrl: string;
  readonly port: number;
  /** Every request received, in order (bodies read whole). */
  readonly requests: FakeRequest[];
  close(): Promise<void>;
}

/** TLS material for an HTTPS fake. */
export interface FakeTls {
  readonly key: string;
  readonly cert: string;
}

/** Sends `body` as JSON with `status` (and extra headers); strings and bytes are sent as they are. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  const length = String(Buffer.byteLength(text));
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': length,
    ...headers,
  });
  response.end(text);
}

/** An API error body, as the service's error handler sends it. */
export function apiError(code: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message: 'A fixed message.', ...extra } };
}

/**
 * Starts a node:http (or, with `tls`, node:https) server on 127.0.0.1, port 0, that records
 * each request and lets `handler` answer it. `close()` also drops connections left hanging.
 */
export async function startFakeService(handler: FakeHandler, tls?: FakeTls): Promise<FakeService> {
  const requests: FakeRequest[] = [];
  const listener = (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      handler(request, response, requests.length - 1);
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A TCP server that accepts connections and never says a word: a TLS handshake with it never
 * completes (the connect timeout), and it counts the connections.
 */
export async function startSilentServer(): Promise<{
  port: number;
  connections: () => number;
  close(): Promise<void>;
}> {
  const sockets: Socket[] = [];
  const server = createTcpServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => sockets.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (just freed): connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
