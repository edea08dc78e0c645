import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/** Where `vite build --config renderer/vite.config.ts` writes the wizard. */
export const WIZARD_DIST = join(REPOSITORY, 'dist/wizard');
/** The built page. */
export const WIZARD_PAGE = join(WIZARD_DIST, 'index.html');
/** The Vite configuration of the renderer (issue 6). */
export const VITE_CONFIG = join(REPOSITORY, 'renderer/vite.config.ts');

/** What the build reads: the renderer, the shared code it imports, and the translations. */
const SOURCES = ['renderer', 'common', 'locales'].map((folder) => join(REPOSITORY, folder));

/** The newest modification time (ms) of a file under `folders` (0 if none). */
export function newestMtime(folders: readonly string[] = SOURCES): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return;
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const folder of folders) visit(folder);
  return newest;
}

/** The built page's modification time (ms), if it exists. */
export function builtPageMtime(): number | undefined {
  return statSync(WIZARD_PAGE, { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * Runs `vite build --config renderer/vite.config.ts` with the local Vite (no npx, no network),
 * writing `dist/wizard/`. Vite's output goes to `log` (default: this process's stderr); rejects
 * with the tail of the output when the build fails.
 */
export async function buildWizard(
  log: (text: string) => void = (t) => process.stderr.write(t),
): Promise<void> {
  const vite = join(REPOSITORY, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) throw new Error('vite is not installed: run npm ci first');
  if (!existsSync(VITE_CONFIG))
    throw new Error(`the wizard cannot be built yet: ${VITE_CONFIG} is missing (issue 6)`);
  const child = spawn(process.execPath, [vite, 'build', '--config', VITE_CONFIG, '--logLevel', 'warn'], {
    cwd: REPOSITORY,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const take = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    log(chunk.toString('utf8'));
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0)
    throw new Error(`vite build failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`);
  if (!existsSync(WIZARD_PAGE)) throw new Error(`vite build wrote no ${WIZARD_PAGE}`);
}
