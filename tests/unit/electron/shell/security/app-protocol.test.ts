import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  APP_SCHEME_REGISTRATION,
  appFilePath,
  createAppFileHandler,
} from '../../../../../electron/shell/security/app-protocol.ts';
import { APP_CONTENT_SECURITY_POLICY } from '../../../../../electron/shell/security/content-security-policy.ts';

const ROOT = join('/srv', 'pages');

describe('appFilePath', () => {
  it.each([
    ['eid-wizard://app/', 'index.html'],
    ['eid-wizard://app', 'index.html'],
    ['eid-wizard://app/index.html', 'index.html'],
    ['eid-wizard://app/operator.html?x=1#top', 'operator.html'],
    ['eid-wizard://app/assets/index-1a2b.js', 'assets/index-1a2b.js'],
    ['eid-wizard://app/assets/font.woff2', 'assets/font.woff2'],
    ['eid-wizard://app/assets/a%20b.css', 'assets/a b.css'],
    // The URL parser resolves these before the handler sees them: still inside the root.
    ['eid-wizard://app/assets/../index.html', 'index.html'],
    ['eid-wizard://app/%2e%2e/index.html', 'index.html'],
  ])('maps %s to %s', (url, file) => {
    expect(appFilePath(ROOT, url)).toBe(join(ROOT, file));
  });

  it.each([
    ['encoded separator and dots', 'eid-wizard://app/..%2f..%2fetc%2fpasswd.json'],
    ['encoded dots and separator', 'eid-wizard://app/%2e%2e%2fsecret.html'],
    ['upper-case encoding', 'eid-wizard://app/%2E%2E%2Fsecret.html'],
    ['into a sibling folder', 'eid-wizard://app/..%2fpages-evil%2findex.html'],
    ['backslash', 'eid-wizard://app/..%5csecret.html'],
    ['backslash inside', 'eid-wizard://app/assets%5cindex.js'],
    ['NUL', 'eid-wizard://app/index.html%00.png'],
    ['malformed escape', 'eid-wizard://app/%E0%A4%A.html'],
    ['another host', 'eid-wizard://evil/index.html'],
    ['a host with a port', 'eid-wizard://app:1/index.html'],
    ['https', 'https://app/index.html'],
    ['file', 'file:///srv/pages/index.html'],
    ['unknown extension', 'eid-wizard://app/secret.txt'],
    ['no extension', 'eid-wizard://app/assets'],
    ['a folder', 'eid-wizard://app/assets/'],
    ['source map', 'eid-wizard://app/assets/index.js.map'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(appFilePath(ROOT, url)).toBeUndefined();
  });
});

describe('APP_SCHEME_REGISTRATION', () => {
  it('is standard and secure, with no CORS, fetch, service workers or CSP bypass', () => {
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'eid-wizard',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: false,
        corsEnabled: false,
        allowServiceWorkers: false,
        bypassCSP: false,
        stream: false,
        codeCache: false,
      },
    });
    expect(APP_SCHEME_REGISTRATION.privileges).toBe(APP_SCHEME_PRIVILEGES);
  });
});

describe('createAppFileHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    await mkdir(join(dir, 'pages', 'assets'), { recursive: true });
    await writeFile(join(dir, 'pages', 'index.html'), '<!doctype html><title>wizard</title>');
    await writeFile(join(dir, 'pages', 'assets', 'main.js'), 'export {};');
    await writeFile(join(dir, 'pages', 'assets', 'style.css'), 'body{}');
    await writeFile(join(dir, 'secret.json'), '{"secret":true}');
    handle = createAppFileHandler(join(dir, 'pages'), async (path) => new Uint8Array(await readFile(path)));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = (url: string): Promise<Response> => handle(new Request(url));

  function expectSecurityHeaders(response: Response): void {
    expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  }

  it.each([
    ['eid-wizard://app/', 'text/html; charset=utf-8', '<!doctype html><title>wizard</title>'],
    ['eid-wizard://app/index.html', 'text/html; charset=utf-8', '<!doctype html><title>wizard</title>'],
    ['eid-wizard://app/assets/main.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['eid-wizard://app/assets/style.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s with the security headers', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(body);
  });

  it.each([
    ['a missing file', 'eid-wizard://app/missing.html'],
    ['a file outside the root', 'eid-wizard://app/..%2fsecret.json'],
    ['another host', 'eid-wizard://other/index.html'],
  ])('answers 404 to %s, with the security headers', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers 405 to %s', async (method) => {
    const response = await handle(new Request('eid-wizard://app/index.html', { method, body: 'x' }));
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });

  it('answers 404 when the file cannot be read', async () => {
    const failing = createAppFileHandler(join(dir, 'pages'), () => Promise.reject(new Error('EACCES')));
    expect((await failing(new Request('eid-wizard://app/index.html'))).status).toBe(404);
  });
});
