import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { CONTENT_TYPES, pageHeaders } from './page-headers.ts';
import { loopbackHostHeader } from './upgrade-guard.ts';

/** What {@link answerHttp} needs to know about the host. */
export interface StaticFilesOptions {
  /** The folder served (normally the Vite build `dist/wizard/`); none: every GET is 404. */
  readonly root?: string | undefined;
  /** The port the host listens on (the `Host` header must name it; the CSP names it). */
  readonly port: number;
}

/**
 * Answers a plain HTTP request of the loopback host: the files of `root`, read-only. Checks, in
 * order: the `Host` header names the host (403, against DNS rebinding), the method is GET or
 * HEAD (405), and the path names a regular file strictly inside `root` (404 otherwise: `..`
 * and `.` segments, encoded or not, hidden files, backslashes, NUL, absolute-form targets,
 * directories, and symbolic links that lead out of the root). `/` is `index.html`. Every
 * answer carries {@link pageHeaders}.
 */
export async function answerHttp(
  request: IncomingMessage,
  response: ServerResponse,
  options: StaticFilesOptions,
): Promise<void> {
  const headers = pageHeaders(options.port);
  const end = (status: number, extra: Record<string, string> = {}): void =>
    void response.writeHead(status, { ...headers, 'content-type': 'text/plain', ...extra }).end();
  if (!loopbackHostHeader(request.headers.host, options.port)) return end(403);
  if (request.method !== 'GET' && request.method !== 'HEAD') return end(405, { allow: 'GET, HEAD' });
  const file = options.root === undefined ? undefined : await fileInside(options.root, request.url ?? '');
  if (file === undefined) return end(404);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return end(404);
  }
  response.writeHead(200, {
    ...headers,
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(body.length),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The real path of the regular file that `target` (a request target) names inside `root`, or
 * `undefined` when it names none or anything outside.
 */
export async function fileInside(root: string, target: string): Promise<string | undefined> {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined; // absolute-form, `//host`
  const path = target.split(/[?#]/, 1)[0]!;
  let segments: string[];
  try {
    segments = path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (segments.length === 1 && segments[0] === '') segments = ['index.html'];
  if (!segments.every(isPlainName)) return undefined;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** A file or folder name that cannot climb, hide, or smuggle a separator. */
function isPlainName(segment: string): boolean {
  return segment !== '' && !segment.startsWith('.') && !/[/\\\0:]/.test(segment);
}
