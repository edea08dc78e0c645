import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Transport } from '../../../common/ipc/transport.ts';
import { startLoopbackHost, type LoopbackHost } from '../../host/loopback-host.ts';
import { wizardContentSecurityPolicy } from '../../host/page-headers.ts';

/** One raw HTTP answer (Node's `request` sends the path as is: fetch would normalise `..`). */
interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method: options.method ?? 'GET',
      setHost: false,
      headers: { host: options.host ?? `127.0.0.1:${port}` },
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback host serving the wizard files', () => {
  let base: string;
  let root: string;
  let host: LoopbackHost | undefined;
  const transports: Transport[] = [];

  beforeAll(() => {
    // base/secret.txt and base/outside/ are next to the root: a traversal would find them.
    base = mkdtempSync(join(tmpdir(), 'eidw-static-'));
    root = join(base, 'wizard');
    mkdirSync(join(root, 'assets'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'secret.txt'), 'SECRET');
    writeFileSync(join(base, 'outside', 'file.js'), 'SECRET');
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>wizard</title>');
    writeFileSync(join(root, '.env'), 'SECRET');
    for (const name of ['app.js', 'app.css', 'logo.svg', 'logo.png', 'data.json', 'font.woff2', 'icon.ico'])
      writeFileSync(join(root, 'assets', name), `content of ${name}`);
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
    symlinkSync(join(base, 'outside'), join(root, 'linked-dir'));
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'link-in.js'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  async function start(staticRoot: string | null = root): Promise<LoopbackHost> {
    host = await startLoopbackHost({
      serve: (transport) => void transports.push(transport),
      ...(staticRoot === null ? {} : { staticRoot }),
    });
    return host;
  }

  afterEach(async () => {
    await host?.close();
    host = undefined;
    transports.length = 0;
  });

  it('serves index.html at / with the security headers', async () => {
    const { address } = await start();

    const answer = await send(address.port, '/');

    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>wizard</title>');
    expect(answer.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': wizardContentSecurityPolicy(address.port),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('words the CSP as the wizard needs it', () => {
    expect(wizardContentSecurityPolicy(4321)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; font-src 'self'; " +
        "connect-src 'self' ws://127.0.0.1:4321; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    );
  });

  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['data.json', 'application/json; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['icon.ico', 'image/x-icon'],
  ])('serves %s as %s', async (name, type) => {
    const { address } = await start();

    const answer = await send(address.port, `/assets/${name}?v=1`);

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.body).toBe(`content of ${name}`);
  });

  it('answers HEAD with the headers and no body, and follows a link that stays inside', async () => {
    const { address } = await start();

    const head = await send(address.port, '/assets/app.js', { method: 'HEAD' });
    const linked = await send(address.port, '/link-in.js');

    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('content of app.js'.length));
    expect(head.body).toBe('');
    expect(linked.body).toBe('content of app.js');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405', async (method) => {
    const { address } = await start();

    const answer = await send(address.port, '/index.html', { method });

    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.headers['content-security-policy']).toBe(wizardContentSecurityPolicy(address.port));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/./index.html',
    '/.env',
    '/%2eenv',
    '/assets/link-out.txt',
    '/linked-dir/file.js',
    '//etc/passwd',
    '/etc/passwd',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets',
    '/assets/',
    '/missing.js',
  ])('refuses %s with 404', async (path) => {
    const { address } = await start();

    const answer = await send(address.port, path);

    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('SECRET');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses an absolute-form request target', async () => {
    const { address } = await start();

    const answer = await send(address.port, `http://127.0.0.1:${address.port}/index.html`);

    expect(answer.status).toBe(404);
  });

  it('refuses a Host header that is not the loopback address and port (DNS rebinding)', async () => {
    const { address } = await start();

    expect((await send(address.port, '/', { host: `evil.example:${address.port}` })).status).toBe(403);
    expect((await send(address.port, '/', { host: `127.0.0.1:${address.port + 1}` })).status).toBe(403);
    expect((await send(address.port, '/', { host: `localhost:${address.port}` })).status).toBe(200);
  });

  it('answers 404 to everything without a static root', async () => {
    const { address } = await start(null);

    expect((await send(address.port, '/')).status).toBe(404);
  });

  it('gives the page URL with the token in the fragment, and still upgrades to the WebSocket', async () => {
    const { url, pageUrl, address } = await start();
    const token = url.split('/').at(-1)!;

    expect(pageUrl).toBe(`http://127.0.0.1:${address.port}/#ipc=${token}`);
    const socket = new WebSocket(`ws://${new URL(pageUrl).host}/ipc/${new URL(pageUrl).hash.slice(5)}`);
    await once(socket, 'open');
    expect(transports).toHaveLength(1);
    socket.close();
  });
});
