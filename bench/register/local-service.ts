import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/support/free-port.ts';

const SERVER = fileURLToPath(new URL('../../server/server.ts', import.meta.url));

/** A local service process and how to stop it. */
export interface LocalService {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * `npm run service` as a person starts it (its own process, SQLite, the real clock), on a free
 * loopback port with a throwaway data folder, trusting the virtual cards' test roots. The code
 * rate limit (10 a minute per address by default) is raised: a benchmark binds many codes
 * from one address.
 */
export async function startLocalService(testRoots: string): Promise<LocalService> {
  const port = await freePort();
  const dataDirectory = mkdtempSync(join(tmpdir(), 'eidw-bench-register-'));
  const child = spawn(process.execPath, [SERVER], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EIDW_SERVICE_PORT: String(port),
      EIDW_DATA_DIR: dataDirectory,
      EIDW_TEST_ROOTS: testRoots,
      EIDW_CODE_ATTEMPTS_PER_MINUTE: '1000',
      EIDW_LOG_LEVEL: 'info',
    },
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${log}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString('utf8');
      if (!log.includes('registration service ready')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}):\n${log}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
