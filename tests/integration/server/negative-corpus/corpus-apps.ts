import { buildApp } from '../../../../server/app.ts';
import type { ServiceConfig } from '../../../../server/config/settings.ts';
import type { Clock } from '../../../../server/platform/clock.ts';
import { createRepository } from '../../../../server/storage/create-repository.ts';
import type { Repository } from '../../../../server/storage/repository.ts';
import { createVerifier, OcspChecker } from '../../../../server/verification/index.ts';
import { virtualCardRoots } from '../../../support/service-flow.ts';
import { issuingCa } from '../../../unit/server/verification/holder-fixture.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { testConfig } from '../../../unit/server/helpers/test-app.ts';
import { startResponder, type LocalResponder } from '../verification/ocsp-responder.ts';
import { requireOpenssl } from '../verification/openssl.ts';
import type { CorpusAppName } from './corpus-types.ts';

/**
 * The apps the corpus runs against: the REAL app (`buildApp`), the REAL verifier over the
 * virtual cards' roots and REAL SQLite, with a controllable clock. Two more check OCSP at a
 * local `openssl ocsp` responder for the Citizen CA of one PKI each.
 */

/** The machine's clock, moved by an offset the entries set (and the runner resets). */
export class CorpusClock implements Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** Moves the clock `seconds` ahead (it keeps ticking). */
  advance(seconds: number): void {
    this.#offsetMs += seconds * 1_000;
  }

  /** Puts the clock at `date` (it keeps ticking from there). */
  set(date: Date): void {
    this.#offsetMs = date.getTime() - Date.now();
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}

/** Repository methods that move an enrolment or a session forward (or store an application). */
const ADVANCING = new Set([
  'storeApplication',
  'authenticateSession',
  'rotateAuthenticatedSession',
  'bindCode',
  'confirmEnrolment',
]);

/**
 * The repository, with every successful call of an {@link ADVANCING} method written to
 * `advanced`: a refused request must make none of them.
 */
function recording(inner: Repository, advanced: string[]): Repository {
  return new Proxy(inner, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (typeof property !== 'string' || !ADVANCING.has(property)) return method.bind(target);
      return async (...args: unknown[]) => {
        const result = await method.apply(target, args);
        if (result !== false) advanced.push(property);
        return result;
      };
    },
  });
}

/** One app of the corpus with its storage. */
export interface AppUnderTest {
  readonly name: CorpusAppName;
  readonly app: Awaited<ReturnType<typeof buildApp>>;
  readonly config: ServiceConfig;
  /** The real repository (not recorded), for counting. */
  readonly repository: Repository;
  /** Names of the advancing repository calls that succeeded since it was last emptied. */
  readonly advanced: string[];
}

async function buildCorpusApp(
  name: CorpusAppName,
  clock: Clock,
  ocspUrl: string | undefined,
): Promise<AppUnderTest> {
  const repository = await createRepository({ kind: 'sqlite', path: ':memory:' });
  const advanced: string[] = [];
  const ocsp =
    ocspUrl === undefined
      ? undefined
      : new OcspChecker({
          enabled: true,
          allowedResponderPrefixes: [ocspUrl],
          responderUrl: ocspUrl,
          failClosed: true,
          timeoutMs: 5_000,
        });
  const verifier = createVerifier({ trustAnchors: virtualCardRoots(), ocsp });
  const config = testConfig({ purgeIntervalSeconds: 0 });
  const app = await buildApp({ config, repository: recording(repository, advanced), verifier, clock });
  return { name, app, config, repository, advanced };
}

/**
 * A responder for the Citizen CA of `cardId`'s PKI: its authentication certificate is
 * `auth`, its signing certificate `sign`; every other certificate is unknown.
 */
function responderFor(cardId: string, auth: 'valid' | 'revoked', sign: 'valid' | 'revoked') {
  const image = buildCardImage(cardId);
  const { authentication, signing } = image.certificates;
  if (signing === undefined) throw new Error(`${cardId} has no signing certificate`);
  return startResponder(issuingCa(image), [
    { certificate: authentication.der, status: auth },
    { certificate: signing.der, status: sign },
  ]);
}

/** Every app of the corpus, and how to stop them all. */
export interface CorpusApps {
  readonly clock: CorpusClock;
  readonly apps: Readonly<Record<CorpusAppName, AppUnderTest>>;
  close(): Promise<void>;
}

/**
 * Starts the three apps: `plain` (no OCSP), `ocsp-citizen-1.8` (citizen-1.8's authentication
 * certificate revoked, its signing certificate good) and `ocsp-citizen-1.7` (the other way
 * round), failing closed.
 */
export async function startCorpusApps(): Promise<CorpusApps> {
  await requireOpenssl();
  const clock = new CorpusClock();
  const responders: LocalResponder[] = [];
  const apps: AppUnderTest[] = [];
  const close = async () => {
    for (const { app } of apps) await app.close();
    for (const responder of responders) await responder.stop();
  };
  try {
    responders.push(await responderFor('citizen-1.8', 'revoked', 'valid'));
    responders.push(await responderFor('citizen-1.7', 'valid', 'revoked'));
    apps.push(await buildCorpusApp('plain', clock, undefined));
    apps.push(await buildCorpusApp('ocsp-citizen-1.8', clock, responders[0]!.url));
    apps.push(await buildCorpusApp('ocsp-citizen-1.7', clock, responders[1]!.url));
  } catch (error) {
    await close();
    throw error;
  }
  const [plain, ocsp18, ocsp17] = apps as [AppUnderTest, AppUnderTest, AppUnderTest];
  return { clock, apps: { plain, 'ocsp-citizen-1.8': ocsp18, 'ocsp-citizen-1.7': ocsp17 }, close };
}
