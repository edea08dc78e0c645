import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWizard, builtPageMtime, newestMtime } from '../support/build-wizard.ts';

/**
 * The integration tests talk to the machine's pcscd through vpcd readers. Make sure one is
 * running (start it when we may), and fail loudly, with what to do, when that is impossible:
 * these tests are never skipped silently.
 */
export async function setup(): Promise<void> {
  const ensure = fileURLToPath(new URL('../../scripts/pcscd-ensure.sh', import.meta.url));
  const run = spawnSync('bash', [ensure], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`pcscd is needed by the integration tests and could not be started:\n${run.stderr}`);
  }
  if (!existsSync('/etc/reader.conf.d/vpcd')) {
    throw new Error(
      'vsmartcard-vpcd is not installed (apt-get install vsmartcard-vpcd; see scripts/setup.sh)',
    );
  }
  // The browser tests (tests/integration/wizard/) serve the built wizard: build it when the
  // renderer, common/ or locales/ changed since the last build (always on a fresh clone).
  const built = builtPageMtime();
  if (built === undefined || newestMtime() > built) await buildWizard();
}
