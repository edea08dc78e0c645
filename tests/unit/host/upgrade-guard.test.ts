import { describe, expect, it } from 'vitest';
import { originAllowed, refuseUpgrade } from '../../host/upgrade-guard.ts';

const token = 'A'.repeat(43);
const options = { token, port: 4000 };
const request = (url: string, headers: { host?: string; origin?: string } = { host: '127.0.0.1:4000' }) => ({
  url,
  headers,
});

describe('the upgrade guard', () => {
  it('lets the right path, token and Host through', () => {
    expect(refuseUpgrade(request(`/ipc/${token}`), options)).toBeUndefined();
    expect(refuseUpgrade(request(`/ipc/${token}`, { host: 'localhost:4000' }), options)).toBeUndefined();
  });

  it.each([
    [`/ipc/${token}?x=1`, 'path'],
    [`/IPC/${token}`, 'path'],
    [`/ipc/${'A'.repeat(42)}B`, 'token'],
    [`/ipc/${token}A`, 'token'],
    ['/ipc/', 'path'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(refuseUpgrade(request(url), options)).toBe(reason);
  });

  it('refuses a Host on another port or name', () => {
    expect(refuseUpgrade(request(`/ipc/${token}`, { host: '127.0.0.1:4001' }), options)).toBe('host');
    expect(refuseUpgrade(request(`/ipc/${token}`, {}), options)).toBe('host');
  });

  it.each([
    ['http://localhost:5173', true],
    ['http://127.0.0.1', true],
    ['http://[::1]:8080', true],
    ['https://localhost', false],
    ['http://localhost:5173/path', false],
    ['http://evil.example', false],
    ['null', false],
  ])('by default, %s is allowed: %s', (origin, allowed) => {
    expect(originAllowed(origin)).toBe(allowed);
  });

  it('with a list, allows exactly its origins', () => {
    expect(originAllowed('app://eid-wizard', ['app://eid-wizard'])).toBe(true);
    expect(originAllowed('http://localhost', ['app://eid-wizard'])).toBe(false);
  });
});
