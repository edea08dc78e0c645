import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_FILE } from '../../../server/openapi/generate-openapi.ts';
import { testApp } from './helpers/test-app.ts';

describe('the OpenAPI document', () => {
  it('server/openapi.json is up to date (run `npm run service:openapi` when this fails)', async () => {
    const checkedIn = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(checkedIn).toEqual(await generateOpenApi());
  });

  it('is served at /openapi.json, whatever the configuration', async () => {
    const t = await testApp({ codeLifetimeSeconds: 600 });
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    await t.app.close();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  });

  it('documents every API route and nothing else', async () => {
    const document = await generateOpenApi();
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([
      'GET /api/v1/enrolments/{id}',
      'POST /api/v1/enrolments',
      'POST /api/v1/enrolments/{id}/confirm',
      'POST /api/v1/sessions',
      'POST /api/v1/sessions/{id}/application',
      'POST /api/v1/sessions/{id}/authenticate',
      'POST /api/v1/sessions/{id}/code',
    ]);
  });
});
