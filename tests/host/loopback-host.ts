import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import type { Transport } from '../../common/ipc/transport.ts';
import { answerHttp } from './static-files.ts';
import { refuseUpgrade, type UpgradeRefusal } from './upgrade-guard.ts';
import { createWsTransport } from './ws-transport.ts';

/** Options of {@link startLoopbackHost}. */
export interface LoopbackHostOptions {
  /**
   * Called once per accepted connection with its own transport, typically
   * `(t) => { const s = serveContract(contract, handlers, t); return () => s.close(); }`.
   * The returned function, if any, runs when that connection ends or the host closes.
   */
  readonly serve: (transport: Transport) => void | (() => void);
  /** The port on 127.0.0.1 (default 0: any free port). */
  readonly port?: number;
  /** Exact `Origin`s accepted (default: none sent, or `http://` on 127.0.0.1, localhost, [::1]). */
  readonly allowedOrigins?: readonly string[];
  /**
   * A folder whose files are served read-only over GET/HEAD (normally the Vite build,
   * `dist/wizard/`), with the wizard's CSP (static-files.ts). Without one, HTTP requests get 404.
   */
  readonly staticRoot?: string;
  /** The largest frame accepted or sent, in bytes (default 1 MiB); bigger closes with 1009. */
  readonly maxMessageBytes?: number;
  /** Receives refused upgrades and dropped frames. */
  readonly onDiagnostic?: DiagnosticSink;
  /** Receives why an upgrade was refused (the client only sees 403). */
  readonly onRefused?: (reason: UpgradeRefusal) => void;
}

/** A running loopback host. */
export interface LoopbackHost {
  /** `ws://127.0.0.1:<port>/ipc/<token>`: give it to `connectWebSocketTransport`. */
  readonly url: string;
  /**
   * `http://127.0.0.1:<port>/#ipc=<token>`: the page to open when `staticRoot` is set. The
   * renderer reads the token from the fragment (which never reaches the server) and connects
   * to `ws://${location.host}/ipc/<token>`.
   */
  readonly pageUrl: string;
  /** Where the host listens (always 127.0.0.1). */
  readonly address: AddressInfo;
  /** Closes every connection (code 1001) and stops listening. */
  close(): Promise<void>;
}

/**
 * The loopback WebSocket host (tests and development only, never packaged): serves a
 * contract to a renderer in plain Chromium or to tests, and optionally the renderer's own files
 * (`staticRoot`). Binds 127.0.0.1 only; a random 32-byte token in the URL path, the `Host` and
 * the `Origin` are checked before the upgrade (`upgrade-guard.ts`), so neither another machine
 * nor a web page in a browser can connect; plain HTTP gets the same `Host` check.
 */
export async function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  const token = randomBytes(32).toString('base64url');
  const maxPayload = options.maxMessageBytes ?? 1024 * 1024;
  const report = options.onDiagnostic ?? (() => {});
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload, perMessageDeflate: false });
  const server = createServer((request, response) => {
    answerHttp(request, response, { root: options.staticRoot, port: address.port }).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = refuseUpgrade(request, {
      token,
      port: address.port,
      allowedOrigins: options.allowedOrigins,
    });
    if (refusal !== undefined) {
      options.onRefused?.(refusal);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws));
  });

  const accept = (ws: WebSocket): void => {
    sockets.add(ws);
    // Without a listener an 'error' (an oversized frame, a broken socket) would crash the process.
    ws.on('error', (error) => report({ kind: 'malformed-message', reason: error.message }));
    const transport = createWsTransport(ws, maxPayload, report);
    let cleanup: void | (() => void);
    try {
      cleanup = options.serve(transport);
    } catch (error) {
      report({ kind: 'handler-threw', method: 'serve', error });
      ws.close(1011);
    }
    ws.on('close', () => {
      sockets.delete(ws);
      if (typeof cleanup === 'function') cleanup();
    });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0, exclusive: true }, () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${address.port}/ipc/${token}`,
    pageUrl: `http://127.0.0.1:${address.port}/#ipc=${token}`,
    address,
    async close() {
      await Promise.all([...sockets].map((ws) => closeSocket(ws)));
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Closes `ws` (1001, going away) and waits for it; a peer that does not answer is cut off. */
async function closeSocket(ws: WebSocket): Promise<void> {
  if (ws.readyState === ws.CLOSED) return;
  const closed = once(ws, 'close');
  ws.close(1001);
  const timer = setTimeout(() => ws.terminate(), 1000);
  await closed;
  clearTimeout(timer);
}
