import { buildApp } from '../../server/app.ts';
import type { Clock } from '../../server/platform/clock.ts';
import type { Repository } from '../../server/storage/repository.ts';
import { createVerifier } from '../../server/verification/index.ts';
import type { Verifier } from '../../server/verification/verifier.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../tests/support/registration-fixture.ts';
import { virtualCardRoots } from '../../tests/support/service-flow.ts';
import { testConfig } from '../../tests/unit/server/helpers/test-app.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The origin of testConfig(), which the Web eID tokens are signed for. */
export const ORIGIN = 'https://register.example.be';

/** The service's fixed clock: the wizard's signing time, inside every virtual card's validity. */
export const FIXED_CLOCK: Clock = { now: () => new Date(DEFAULT_REGISTRATION_TIME) };

/** Time spent inside the verifier and the repository, for the breakdown (sequential runs only). */
export class Meter {
  verifierMs = 0;
  repositoryMs = 0;
  repositoryCalls = 0;
}

/** `target` with every method timed into `add` (awaited: the time until its promise settles). */
function timed<T extends object>(target: T, add: (ms: number) => void): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (value as (...a: unknown[]) => unknown).apply(object, args);
        } finally {
          add(performance.now() - started);
        }
      };
    },
  });
}

/**
 * The real service (buildApp) over `repository`, with the real verifier for the virtual cards'
 * roots, the test configuration (origin, pepper; purging off so that no timer runs during a
 * measurement), no logger, the fixed clock and the seeded randomness. Verifier and repository
 * calls are timed into `meter`.
 */
export async function serviceApp(repository: Repository, random: SeededRandom, meter = new Meter()) {
  const verifier: Verifier = createVerifier({ trustAnchors: virtualCardRoots() });
  const app = await buildApp({
    config: testConfig({ purgeIntervalSeconds: 0 }),
    repository: timed(repository, (ms) => {
      meter.repositoryMs += ms;
      meter.repositoryCalls++;
    }),
    verifier: timed(verifier, (ms) => (meter.verifierMs += ms)),
    clock: FIXED_CLOCK,
    random,
  });
  await app.ready();
  return { app, meter };
}

/** The app {@link serviceApp} returns. */
export type ServiceApp = Awaited<ReturnType<typeof serviceApp>>['app'];
