import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_PAGES, isAppUrl } from '../../../../../electron/shell/security/app-origin.ts';

describe('isAppUrl', () => {
  it.each([
    APP_ORIGIN,
    `${APP_ORIGIN}/`,
    APP_PAGES.wizard,
    APP_PAGES.operator,
    `${APP_ORIGIN}/assets/index-abc.js?v=1#top`,
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'eid-wizard://app.evil/index.html',
    'eid-wizard://appx/index.html',
    'eid-wizard://evil.app/index.html',
    'eid-wizard://user@app/index.html',
    'eid-wizard://user:secret@app/index.html',
    'eid-wizard://:secret@app/index.html',
    'eid-wizard://app:1/index.html',
    'eid-wizard://app:443/index.html',
    'https://app/index.html',
    'http://app/index.html',
    'file:///app/index.html',
    'eid-wizard-x://app/index.html',
    'blob:eid-wizard://app/1234',
    'eid-wizard:app/index.html',
    'eid-wizard:/app/index.html',
    'about:blank',
    '',
    'app',
    '/index.html',
    'not a url at all',
    'eid-wizard://[::1/',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('lists the pages on the app origin', () => {
    expect(Object.values(APP_PAGES).every(isAppUrl)).toBe(true);
  });
});
