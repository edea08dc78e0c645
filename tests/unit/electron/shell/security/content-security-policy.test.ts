import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_CONTENT_SECURITY_POLICY,
  APP_RESPONSE_HEADERS,
} from '../../../../../electron/shell/security/content-security-policy.ts';

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('APP_CONTENT_SECURITY_POLICY', () => {
  const policy = directives(APP_CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['worker-src', ["'none'"]],
  ])('has %s %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('allows nothing unsafe and no remote source', () => {
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-|wasm-unsafe|strict-dynamic|data:|https?:|wss?:|\*/,
    );
  });

  it('names each directive once', () => {
    const names = APP_CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('goes out with nosniff and the other headers', () => {
    expect(APP_RESPONSE_HEADERS).toEqual({
      'content-security-policy': APP_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    });
  });
});

describe("renderer/index.html's meta policy", () => {
  const html = readFileSync(new URL('../../../../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);

  it('is there', () => {
    expect(meta).not.toBeNull();
  });

  const policy = directives(meta?.[1] ?? '');

  it("has default-src 'none', script-src 'self' and object-src 'none'", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('allows no unsafe-inline or unsafe-eval', () => {
    expect(meta?.[1]).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('has no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });
});
