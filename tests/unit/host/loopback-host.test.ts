import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../../common/ipc/transport.ts';
import { startLoopbackHost, type LoopbackHost, type LoopbackHostOptions } from '../../host/loopback-host.ts';
import type { UpgradeRefusal } from '../../host/upgrade-guard.ts';

/**
 * Sends a WebSocket upgrade request with exactly `headers` (Node's WebSocket cannot set
 * `Origin` or `Host`) and resolves with the status: 101 if the host upgraded.
 */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: hostname,
      port,
      path: pathname,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** True if a TCP connection to `host`:`port` opens. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('the loopback WebSocket host', () => {
  let host: LoopbackHost | undefined;
  const refusals: UpgradeRefusal[] = [];
  const transports: Transport[] = [];
  const cleanups: number[] = [];

  async function start(options: Partial<LoopbackHostOptions> = {}): Promise<LoopbackHost> {
    host = await startLoopbackHost({
      serve: (transport) => {
        const index = transports.push(transport) - 1;
        return () => cleanups.push(index);
      },
      onRefused: (reason) => refusals.push(reason),
      ...options,
    });
    return host;
  }

  afterEach(async () => {
    await host?.close();
    host = undefined;
    refusals.length = 0;
    transports.length = 0;
    cleanups.length = 0;
  });

  it('listens on 127.0.0.1 only, with a 32-byte base64url token in the URL path', async () => {
    const { url, address } = await start();

    expect(address.address).toBe('127.0.0.1');
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/ipc\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(url.split('/').at(-1)!, 'base64url')).toHaveLength(32);
    expect(await canConnect('127.0.0.1', address.port)).toBe(true);
  });

  it('cannot be reached on any other address of the machine', async () => {
    const { address } = await start();
    const others = Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
      (addresses ?? [])
        .filter((a) => a.address !== '127.0.0.1')
        .map((a) => (a.address.startsWith('fe80:') ? `${a.address}%${name}` : a.address)),
    );
    // 127.0.0.2 is loopback too on Linux, but not the bound address; ::1 is IPv6 loopback.
    const candidates = [
      ...new Set(['::1', ...(process.platform === 'linux' ? ['127.0.0.2'] : []), ...others]),
    ];
    console.info(`loopback host: checking that ${candidates.join(', ')} refuse port ${address.port}`);

    const reachable = await Promise.all(candidates.map((c) => canConnect(c, address.port)));

    expect(candidates.filter((_, i) => reachable[i])).toEqual([]);
  });

  it('upgrades a request with the token, no Origin, or a loopback http Origin', async () => {
    const { url, address } = await start();

    expect(await upgradeStatus(url)).toBe(101);
    expect(await upgradeStatus(url, { origin: `http://localhost:5173` })).toBe(101);
    expect(await upgradeStatus(url, { origin: `http://127.0.0.1:${address.port}` })).toBe(101);
    expect(refusals).toEqual([]);
  });

  it.each([
    ['a wrong token', (url: string) => url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 'token'],
    ['a shorter token', (url: string) => url.slice(0, -1), 'token'],
    ['no token', (url: string) => url.replace(/[^/]+$/, ''), 'path'],
    ['the token in the query', (url: string) => url.replace('/ipc/', '/ipc?token='), 'path'],
    ['another path', (url: string) => `${url}/more`, 'path'],
  ])('refuses %s with 403 before the upgrade', async (_name, alter, reason) => {
    const { url } = await start();

    expect(await upgradeStatus(alter(url))).toBe(403);
    expect(refusals).toEqual([reason]);
    expect(transports).toEqual([]);
  });

  it.each([
    'http://evil.example',
    'https://localhost:5173',
    'null',
    'file://',
    'http://localhost.evil.example',
  ])('refuses the foreign Origin %s', async (origin) => {
    const { url } = await start();

    expect(await upgradeStatus(url, { origin })).toBe(403);
    expect(refusals).toEqual(['origin']);
  });

  it('refuses a Host header other than the loopback address (DNS rebinding)', async () => {
    const { url, address } = await start();

    expect(await upgradeStatus(url, { host: `evil.example:${address.port}` })).toBe(403);
    expect(refusals).toEqual(['host']);
  });

  it('accepts exactly the configured origins when given a list', async () => {
    const { url } = await start({ allowedOrigins: ['app://eid-wizard'] });

    expect(await upgradeStatus(url, { origin: 'app://eid-wizard' })).toBe(101);
    expect(await upgradeStatus(url, { origin: 'http://localhost:5173' })).toBe(403);
  });

  it('closes a connection that sends a frame over the size limit (1009)', async () => {
    const { url } = await start({ maxMessageBytes: 1024 });
    const socket = new WebSocket(url);
    await once(socket, 'open');

    socket.send('x'.repeat(1025));
    const [event] = (await once(socket, 'close')) as [CloseEvent];

    expect(event.code).toBe(1009);
  });

  it('hands each connection its own transport and cleans up only the one that closed', async () => {
    const { url } = await start();
    const first = new WebSocket(url);
    await once(first, 'open');
    const second = new WebSocket(url);
    await once(second, 'open');

    expect(transports).toHaveLength(2);
    expect(transports[0]).not.toBe(transports[1]);
    const closed = new Promise<void>((resolve) => transports[1]!.onClose(resolve));
    second.close();
    await closed;

    expect(cleanups).toEqual([1]);
    first.close();
  });

  it('answers plain HTTP requests with 404', async () => {
    const { address } = await start();

    const response = await fetch(`http://127.0.0.1:${address.port}/ipc/anything`);

    expect(response.status).toBe(404);
  });
});
