import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';

/** The repository top (with a trailing slash). */
export const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

/** The electron-builder configuration used by `npm run dist:*`. */
export const BUILDER_CONFIG = join(REPOSITORY, 'electron/build/electron-builder.json');

/** Reads the electron-builder configuration (a fresh object each call: tests may mutate it). */
export function readBuilderConfig(): Configuration {
  return JSON.parse(readFileSync(BUILDER_CONFIG, 'utf8')) as Configuration;
}

/** Reads the repository's package.json. */
export function readPackageJson(): { main?: string; scripts: Record<string, string> } {
  return JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8'));
}

/** Loads a CommonJS module of electron-builder's implementation (`app-builder-lib/out/...`). */
export function builderInternal<T>(path: string): T {
  return createRequire(join(REPOSITORY, 'package.json'))(`app-builder-lib/out/${path}`) as T;
}

interface ConfigModule {
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
}

/**
 * Validates `config` the way electron-builder does before a build: its own
 * `validateConfiguration` (deprecated options, then scheme.json through ajv). Rejects with
 * electron-builder's message when the configuration is invalid.
 */
export async function validateBuilderConfig(config: Configuration): Promise<void> {
  const { validateConfiguration } = builderInternal<ConfigModule>('util/config/config.js');
  const { DebugLogger } = createRequire(join(REPOSITORY, 'package.json'))('builder-util') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  await validateConfiguration(config, new DebugLogger(false));
}

/** electron-builder's own default `deb.depends` (what it uses when `depends` is not set). */
export function defaultDebDepends(): string[] {
  const { default: FpmTarget } = builderInternal<{
    default: { prototype: { getDefaultDepends(target: string): string[] } };
  }>('targets/FpmTarget.js');
  return FpmTarget.prototype.getDefaultDepends.call(undefined, 'deb');
}

/** The target names of a platform section (`linux`, `win`, `mac`). */
export function targetNames(section: { target?: unknown } | null | undefined): string[] {
  const targets = section?.target;
  const list = Array.isArray(targets) ? targets : targets === undefined || targets === null ? [] : [targets];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

/** The `<key>` of each `<true/>` entry of a property list. */
export function trueEntitlements(plist: string): string[] {
  return [...plist.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>\s*<true\s*\/>/g)].map(
    (m) => m[1]!,
  );
}
