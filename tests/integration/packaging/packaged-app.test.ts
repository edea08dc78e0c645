import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRIES, bundlePath } from '../../../electron/build/app-entries.ts';
import { REPOSITORY, readBuilderConfig } from '../../unit/packaging/builder-config.ts';
import { buildApp } from './build-app.ts';
import { packagedFiles } from './packaged-files.ts';

/** The only packages shipped in node_modules: the PC/SC addon and what it requires at run time. */
const RUNTIME_PACKAGES = ['bindings', 'file-uri-to-path', 'pcsclite'];

/** Every `require("x")` in a bundle. */
const requires = (code: string): string[] =>
  [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);

/** The modules a bundle was made of: rolldown heads each with a `// <path>` line. */
const modules = (code: string): string[] =>
  [...code.matchAll(/^\/\/ (\S+\.(?:ts|tsx|js|mjs|cjs))$/gm)].map((m) => m[1]!);

/** The functions the loopback WebSocket host (tests/host/) exports, as declarations in a bundle. */
function loopbackHostFunctions(): RegExp[] {
  const folder = join(REPOSITORY, 'tests/host');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(/export (?:async )?function (\w+)/g)].map(
        (m) => m[1]!,
      ),
    )
    .map((name) => new RegExp(`\\bfunction ${name}(\\$\\d+)?\\(`));
}

let files: string[];
const bundle = (name: string): string => readFileSync(join(REPOSITORY, 'dist/app', `${name}.cjs`), 'utf8');

beforeAll(async () => {
  // The global setup has built dist/wizard/; the Electron bundles are built here.
  await buildApp();
  files = await packagedFiles(readBuilderConfig());
}, 120_000);

describe('what electron-builder would package (docs/packaging.md)', () => {
  it('includes the three bundles, the wizard and package.json', () => {
    for (const entry of APP_ENTRIES) expect(files).toContain(bundlePath(entry));
    expect(files).toContain('dist/wizard/index.html');
    expect(files.some((f) => f.startsWith('dist/wizard/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files).toContain('package.json');
  });

  it('includes the pcsclite addon, unpacked from the asar', () => {
    const addon = 'node_modules/pcsclite/build/Release/pcsclite.node';
    expect(files).toContain(addon);
    expect(files).toContain('node_modules/pcsclite/lib/pcsclite.js');
    expect(files).toContain('node_modules/bindings/bindings.js');
    expect(files).toContain('node_modules/file-uri-to-path/index.js');
    const unpack = (readBuilderConfig().asarUnpack ?? []) as string[];
    expect(unpack.some((glob) => matchesGlob(addon, glob))).toBe(true);
  });

  it('ships no other package: not ws, not the service, not the renderer libraries', () => {
    const packages = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...packages].sort()).toEqual(RUNTIME_PACKAGES);
    expect(files.some((f) => f.startsWith('node_modules/ws/'))).toBe(false);
  });

  it('ships nothing from tests/, no sources and no other build output', () => {
    expect(files.filter((f) => /(^|\/)tests?\//.test(f) && !f.startsWith('node_modules/'))).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx|map)$/.test(f))).toEqual([]);
    const outside = files.filter(
      (f) => !f.startsWith('dist/app/') && !f.startsWith('dist/wizard/') && !f.startsWith('node_modules/'),
    );
    expect(outside).toEqual(['package.json']);
  });
});

describe('the Electron bundles', () => {
  it('contain no code of the loopback WebSocket host (tests/host/) and nothing from tests/', () => {
    expect(modules(bundle('main')).length).toBeGreaterThan(10);
    const functions = loopbackHostFunctions();
    expect(functions.length).toBeGreaterThan(5);
    for (const entry of APP_ENTRIES) {
      const code = bundle(entry.name);
      const parts = modules(code);
      expect(
        parts.filter((path) => path.startsWith('tests/')),
        entry.name,
      ).toEqual([]);
      expect(
        parts.filter((path) => path.startsWith('node_modules/ws/')),
        entry.name,
      ).toEqual([]);
      for (const f of functions) expect(code, `${entry.name}.cjs declares ${f}`).not.toMatch(f);
      expect(requires(code)).not.toContain('ws');
    }
  });

  it('the sandboxed preload is one file whose only require is electron', () => {
    expect(new Set(requires(bundle('preload')))).toEqual(new Set(['electron']));
    expect(readdirSync(join(REPOSITORY, 'dist/app')).sort()).toEqual(
      APP_ENTRIES.map((e) => `${e.name}.cjs`).sort(),
    );
  });

  it('main and the PC/SC host require only electron and Node built-ins (pcsclite at run time)', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const name of ['main', 'pcsc-host']) {
      expect(
        requires(bundle(name)).filter((id) => !allowed.has(id)),
        name,
      ).toEqual([]);
    }
    expect(bundle('pcsc-host')).toMatch(/\("pcsclite"\)/);
  });
});
