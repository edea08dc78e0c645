import { describe, expect, it } from 'vitest';
import {
  allowedRequest,
  blockNetwork,
  type RequestFilter,
} from '../../../../../electron/shell/security/block-network.ts';

describe('allowedRequest', () => {
  it.each([
    'eid-wizard://app/index.html',
    'eid-wizard://app/assets/index-abc.js',
    'eid-wizard://app/operator.html',
    'blob:eid-wizard://app/4f1c0e1a-1b2c-4d5e-8f90-123456789abc',
  ])('lets %s through', (url) => {
    expect(allowedRequest(url)).toBe(true);
  });

  it.each([
    'https://registration.example.be/api',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1:9000/',
    'wss://evil.example/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.be/',
    'eid-wizard://evil/index.html',
    'eid-wizard://app.evil/index.html',
    'eid-wizard://user@app/index.html',
    'blob:https://evil.example/1234',
    'blob:eid-wizard://app.evil/1234',
    'blob:eid-wizard://appx/1234',
    'blob:null/1234',
    'about:blank',
    '',
  ])('cancels %j', (url) => {
    expect(allowedRequest(url)).toBe(false);
  });
});

describe('blockNetwork', () => {
  function filtered(): (url: string) => { cancel: boolean } {
    let listener: Parameters<RequestFilter['onBeforeRequest']>[0] | undefined;
    blockNetwork({ onBeforeRequest: (installed) => void (listener = installed) });
    return (url) => {
      const answers: { cancel: boolean }[] = [];
      listener?.({ url }, (response) => answers.push(response));
      expect(answers).toHaveLength(1);
      return answers[0] ?? { cancel: false };
    };
  }

  it('cancels a remote request and lets an app page through', () => {
    const request = filtered();
    expect(request('https://example.be/')).toEqual({ cancel: true });
    expect(request('eid-wizard://app/index.html')).toEqual({ cancel: false });
  });
});
