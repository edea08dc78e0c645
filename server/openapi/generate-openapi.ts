import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { defaultSettings, derivedDefaults } from '../config/defaults.ts';
import type { ServiceConfig } from '../config/settings.ts';
import { unavailableVerifier } from '../dependencies.ts';
import type { Repository } from '../storage/repository.ts';

/** The checked-in copy of the document. */
export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

/** A repository that migrates and closes, and is never asked anything else while documenting. */
const documentingRepository = new Proxy({} as Repository, {
  get: (_target, method) =>
    method === 'migrate' || method === 'close'
      ? () => Promise.resolve()
      : () => Promise.reject(new Error(`${String(method)}: not available while documenting`)),
});

/**
 * The OpenAPI document as `GET /openapi.json` serves it, generated from the route schemas with
 * the default configuration (the document depends on no setting). `npm run service:openapi`
 * writes it to server/openapi.json; a unit test fails when that copy is stale.
 */
export async function generateOpenApi(): Promise<Record<string, unknown>> {
  const settings = defaultSettings();
  const config: ServiceConfig = {
    ...settings,
    ...derivedDefaults(settings),
    codePepper: new Uint8Array(32),
  };
  const app = await buildApp({ config, repository: documentingRepository, verifier: unavailableVerifier });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
