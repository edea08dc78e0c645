import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The integration tests talk to the machine's pcscd through vpcd readers. Make sure one is
 * running (start it when we may), and fail loudly, with what to do, when that is impossible:
 * these tests are never skipped silently.
 */
export function setup(): void {
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
}
