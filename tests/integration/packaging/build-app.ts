import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPOSITORY } from '../../unit/packaging/builder-config.ts';

/**
 * Runs `vite build --app --config electron/build/vite.app.config.ts` (what `npm run build:app`
 * does) with the local Vite, writing `dist/app/`. Rejects with the tail of the output on failure.
 */
export async function buildApp(): Promise<void> {
  const vite = join(REPOSITORY, 'node_modules/vite/bin/vite.js');
  const config = join(REPOSITORY, 'electron/build/vite.app.config.ts');
  const child = spawn(process.execPath, [vite, 'build', '--app', '--config', config], {
    cwd: REPOSITORY,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0)
    throw new Error(`build:app failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`);
}
