import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/i18n/languages.ts';
import { chooseLanguage } from '../../../server/simulator/language.ts';
import { escapeHtml } from '../../../server/simulator/page.ts';
import { testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.app.close();
});

const heading = (language: string): string =>
  JSON.parse(readFileSync(new URL(`../../../locales/${language}/service.json`, import.meta.url), 'utf8'))
    .simulator.heading;

describe('the device simulator page', () => {
  it.each(LANGUAGES)('is served in %s with its lang attribute and translated heading', async (language) => {
    const response = await t.app.inject({ method: 'GET', url: `/simulator?lang=${language}` });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(`<html lang="${language}">`);
    expect(response.body).toContain(`<h1>${escapeHtml(heading(language))}</h1>`);
  });

  it('takes the language from Accept-Language when none is asked, English otherwise', async () => {
    const page = (acceptLanguage?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/simulator',
        headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      });
    expect((await page('de-BE,de;q=0.9,en;q=0.5')).body).toContain('<html lang="de">');
    expect((await page('es-ES')).body).toContain('<html lang="en">');
    expect((await page()).body).toContain('<html lang="en">');
    expect((await page('de')).headers.vary).toContain('accept-language');
  });

  it('has a CSP that allows only its own script, style and API, and no inline script', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/simulator?lang=nl' });
    const csp = response.headers['content-security-policy'];

    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // The only inline <script> is a JSON data block, which is never executed.
    const inline = [...response.body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline).toEqual([' type="application/json" id="simulator-data"']);
    expect(response.body).not.toMatch(/\son[a-z]+=/);
  });

  it('is accessible: a status region, a timer, labelled sections, a language switch', async () => {
    const { body } = await t.app.inject({ method: 'GET', url: '/simulator?lang=fr' });
    expect(body).toContain('role="status" aria-live="polite"');
    expect(body).toContain('role="timer"');
    expect(body).toContain('aria-labelledby="code-label"');
    expect(body).toContain('<nav aria-label="Langue">');
    expect(body).toContain('hreflang="fr" aria-current="page"');
  });

  it('serves its script and stylesheet', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/simulator/simulator.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('fetch(`${data.api}${path}`');
    const style = await t.app.inject({ method: 'GET', url: '/simulator/simulator.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('keeps the JSON data block from closing its script element', async () => {
    const { body } = await t.app.inject({ method: 'GET', url: '/simulator?lang=en' });
    const block = /<script type="application\/json" id="simulator-data">(.*?)<\/script>/s.exec(body)![1]!;
    expect(block).not.toContain('<');
    expect(JSON.parse(block).api).toBe('/api/v1');
  });

  it('redirects / to the simulator', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/simulator');
  });
});

describe('chooseLanguage', () => {
  it.each([
    ['nl', undefined, 'nl'],
    ['FR', 'de', 'fr'],
    ['es', 'de', 'de'],
    [undefined, 'es;q=1, fr-BE;q=0.8, nl;q=0.9', 'nl'],
    [undefined, 'nl;q=0, fr', 'fr'],
    [undefined, '*', 'en'],
  ] as const)('?lang=%s, Accept-Language %s → %s', (query, header, expected) => {
    expect(chooseLanguage(query, header)).toBe(expected);
  });
});
