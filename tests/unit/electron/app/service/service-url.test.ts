import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseServiceUrl } from '../../../../../electron/app/service/service-url.ts';

describe('parseServiceUrl', () => {
  it('keeps the origin, the port (default or given) and a path prefix without its trailing slash', () => {
    expect(parseServiceUrl('https://register.example.be')).toEqual({
      protocol: 'https:',
      hostname: 'register.example.be',
      port: 443,
      basePath: '',
      origin: 'https://register.example.be',
    });
    expect(parseServiceUrl('https://example.be:8443/eid/')).toMatchObject({ port: 8443, basePath: '/eid' });
    expect(parseServiceUrl('http://[::1]:8480')).toMatchObject({
      hostname: '::1',
      port: 8480,
      origin: 'http://[::1]:8480',
    });
  });

  it.each([
    ['not a url', 'not-a-url'],
    ['ftp://register.example.be', 'scheme'],
    ['http://register.example.be', 'plain-http'],
    ['https://user:secret@register.example.be', 'credentials'],
    ['https://register.example.be/?x=1', 'query-or-fragment'],
    ['https://register.example.be/#top', 'query-or-fragment'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(() => parseServiceUrl(url)).toThrow(expect.objectContaining({ code: 'invalid-url', reason }));
  });

  it('never repeats the URL in the error (it might hold a password)', () => {
    expect(() => parseServiceUrl('https://user:hunter2@register.example.be')).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('hunter2') }),
    );
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['[::1]', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['128.0.0.1', false],
    ['127.example.be', false],
    ['localhost.example.be', false],
    ['[::ffff:127.0.0.1]', false],
    ['0.0.0.0', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
