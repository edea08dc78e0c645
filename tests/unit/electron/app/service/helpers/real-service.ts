import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../../../../server/app.ts';
import type { ServiceSettings } from '../../../../../../server/config/settings.ts';
import type { Clock } from '../../../../../../server/platform/clock.ts';
import { createRepository } from '../../../../../../server/storage/create-repository.ts';
import type { Repository } from '../../../../../../server/storage/repository.ts';
import { createVerifier } from '../../../../../../server/verification/index.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../../../../support/registration-fixture.ts';
import { virtualCardRoots } from '../../../../../support/service-flow.ts';
import { testConfig } from '../../../../server/helpers/test-app.ts';

/** The origin of `testConfig()`: Web eID tokens are signed for it. */
export const SERVICE_ORIGIN = 'https://register.example.be';

/** A running service and how to stop it. */
export interface RealService {
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Its storage, for tests that check what was (not) stored. */
  readonly repository: Repository;
  close(): Promise<void>;
}

/**
 * The real service (buildApp, the real verifier trusting the virtual cards' roots, SQLite in a
 * temporary folder) listening on 127.0.0.1 on a free port, as the wizard would reach a local
 * demo service. The clock is fixed at the registration time of `makeRegistration`, inside every
 * virtual card's validity, unless `options.clock` is given (a test that lets a code expire moves
 * it instead of sleeping); purging is off so that no timer outlives the test. `options.port`
 * picks the port (the demo's 8480) instead of a free one.
 */
export async function startRealService(
  settings: Partial<ServiceSettings> = {},
  options: { readonly clock?: Clock; readonly port?: number } = {},
): Promise<RealService> {
  const directory = mkdtempSync(join(tmpdir(), 'eidw-client-'));
  const repository = await createRepository({ kind: 'sqlite', path: join(directory, 'registration.sqlite') });
  const app = await buildApp({
    config: testConfig({ purgeIntervalSeconds: 0, ...settings }),
    repository,
    verifier: createVerifier({ trustAnchors: virtualCardRoots() }),
    clock: options.clock ?? { now: () => new Date(DEFAULT_REGISTRATION_TIME) },
  });
  let baseUrl: string;
  try {
    baseUrl = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  } catch (error) {
    await app.close(); // a port in use: leave no database or folder behind
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    repository,
    close: async () => {
      await app.close(); // closes the repository too
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
