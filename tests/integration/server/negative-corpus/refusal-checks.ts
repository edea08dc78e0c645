import { expect } from 'vitest';
import { API_ERROR_CODES } from '../../../../common/api/error-codes.ts';
import { ERROR_CATALOGUE } from '../../../../server/http/error-catalogue.ts';
import { API_CSP } from '../../../../server/plugins/app/security-headers.ts';
import type { CorpusAnswer, CorpusEntry } from './corpus-types.ts';

/** What a refusal must look like, whatever was refused. */

/** Traces of internals an answer must never show: stack frames, paths, exception names. */
const LEAKS: readonly RegExp[] = [
  /\bat\s+[\w.<>$]+\s+\(/, // "at fn (" stack frame
  /\n\s+at\s/, // any indented "at " line
  /[\w-]+\.(?:ts|js|mjs|cjs):\d+/, // file.ts:12
  /(?:^|[\s"'(])\/(?:work|home|usr|tmp|opt|root|app|srv)\//, // absolute paths
  /node:internal|node_modules/,
  /\b\w*(?:Error|Exception):/, // "TypeError:", "SyntaxError:", "Error:"
  /\bFST_\w+/, // Fastify's internal error codes
  /"stack"|"cause"|"statusCode"/,
];

/** The security headers of every answer (server/plugins/app/security-headers.ts). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy': API_CSP,
  'cache-control': 'no-store',
};

/**
 * Checks that `answer` refuses as `entry` expects: the status and exact code, the body exactly
 * `{ error: { code, message } }` (plus `triesLeft` for a wrong code) with the catalogue's
 * fixed message, no trace of internals, JSON with every security header (HSTS too: the
 * test origin is https). Returns the parsed body.
 */
export function expectRefusal(answer: CorpusAnswer, entry: CorpusEntry): { error: Record<string, unknown> } {
  const where = `${entry.id}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBe(entry.status);
  const body = JSON.parse(answer.text) as { error: Record<string, unknown> };
  expect(Object.keys(body), where).toEqual(['error']);
  const { code, message, ...extra } = body.error;
  expect(code, where).toBe(entry.code);
  expect(API_ERROR_CODES).toContain(code);
  expect(ERROR_CATALOGUE[entry.code].status, `${entry.code} has another status in the catalogue`).toBe(
    entry.status,
  );
  expect(typeof message, where).toBe('string');
  // Fastify's validation messages name the field (never its value); every other message is fixed.
  if (entry.code !== 'bad-request') expect(message, where).toBe(ERROR_CATALOGUE[entry.code].message);
  expect((message as string).length, where).toBeLessThan(200);
  expect(Object.keys(extra), where).toEqual(entry.code === 'code-invalid' ? ['triesLeft'] : []);
  for (const leak of LEAKS) expect(answer.text, `${entry.id} leaks ${leak}`).not.toMatch(leak);

  expect(answer.headers['content-type'], where).toMatch(/^application\/json\b/);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(answer.headers[name], `${entry.id}: header ${name}`).toBe(value);
  }
  expect(answer.headers['strict-transport-security'], `${entry.id}: HSTS`).toMatch(/^max-age=\d+/);
  expect(answer.headers['x-powered-by'], entry.id).toBeUndefined();
  return body;
}
