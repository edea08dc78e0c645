import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the top-level folder `name` (e.g. `locales`, `resources`) from this file upwards, so
 * the same code works from the sources, from `dist/` and from a packaged app's resources.
 * `marker` is a path inside it that must exist.
 */
export function findDirectory(
  name: string,
  marker: string,
  start = dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, marker))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name}/${marker} not found above ${start}`);
  }
}
