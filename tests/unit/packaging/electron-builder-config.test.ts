import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRIES, bundlePath } from '../../../electron/build/app-entries.ts';
import {
  REPOSITORY,
  defaultDebDepends,
  readBuilderConfig,
  readPackageJson,
  targetNames,
  trueEntitlements,
  validateBuilderConfig,
} from './builder-config.ts';

const config = readBuilderConfig();

describe('electron-builder configuration (docs/packaging.md)', () => {
  it("passes electron-builder's own validation (scheme.json)", async () => {
    await expect(validateBuilderConfig(readBuilderConfig())).resolves.toBeUndefined();
  });

  it('a misspelt option would be refused by the same validation', async () => {
    const broken = readBuilderConfig();
    (broken.nsis as Record<string, unknown>).perMachne = true;
    await expect(validateBuilderConfig(broken)).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and starts the bundled main', () => {
    expect(config.appId).toBe('be.eidwizard.app');
    expect(config.productName).toBe('eID Wizard');
    expect(readPackageJson().main).toBe('dist/app/main.cjs');
    expect((config.extraMetadata as { main?: string }).main).toBe('dist/app/main.cjs');
    expect(bundlePath(APP_ENTRIES[0]!)).toBe('dist/app/main.cjs');
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
  });

  it('flips the security fuses (peers-and-users.md §3)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).not.toBe(false);
  });

  it("makes the deb depend on pcscd and libpcsclite1, keeping electron-builder's defaults", () => {
    const depends = config.deb?.depends ?? [];
    expect(defaultDebDepends().length).toBeGreaterThan(0);
    for (const name of defaultDebDepends()) expect(depends).toContain(name);
    expect(depends).toContain('pcscd');
    expect(depends).toContain('libpcsclite1');
  });

  it('installs with a choice of per-user or per-machine on Windows (kiosks: /S /allusers)', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('signs macOS builds with the hardened runtime and the smart-card entitlement', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, gatekeeperAssess: false });
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file).toBe('resources/build/entitlements.mac.plist');
      const entitlements = trueEntitlements(readFileSync(join(REPOSITORY, file!), 'utf8'));
      expect(entitlements.sort()).toEqual([
        'com.apple.security.cs.allow-jit',
        'com.apple.security.smartcard',
      ]);
    }
  });

  it('ships locales, trust anchors and the default config as resources that exist', () => {
    const resources = (config.extraResources ?? []) as { from: string; to: string }[];
    expect(resources.map(({ from, to }) => [from, to])).toEqual([
      ['locales', 'locales'],
      ['resources/trust', 'trust'],
      ['resources/default-config.json', 'default-config.json'],
    ]);
    for (const { from } of resources) expect(existsSync(join(REPOSITORY, from)), from).toBe(true);
    expect(statSync(join(REPOSITORY, 'locales/en')).isDirectory()).toBe(true);
    expect(readdirSync(join(REPOSITORY, 'resources/trust')).filter((n) => n.endsWith('.pem'))).not.toEqual(
      [],
    );
    expect(() =>
      JSON.parse(readFileSync(join(REPOSITORY, 'resources/default-config.json'), 'utf8')),
    ).not.toThrow();
  });

  it('packages only the bundles, the wizard and package.json, and rebuilds pcsclite for Electron', () => {
    const files = (config.files ?? []) as string[];
    expect(files.filter((f) => !f.startsWith('!'))).toEqual([
      'dist/app/**/*',
      'dist/wizard/**/*',
      'package.json',
    ]);
    expect(files.some((f) => /(^|\/)tests(\/|$)/.test(f) && !f.startsWith('!'))).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('has entry sources for every bundle and npm scripts that use this configuration', () => {
    for (const entry of APP_ENTRIES)
      expect(existsSync(join(REPOSITORY, entry.source)), entry.source).toBe(true);
    const { scripts } = readPackageJson();
    expect(scripts['build:app']).toContain('electron/build/vite.app.config.ts');
    for (const [script, flag] of [
      ['dist:linux', '--linux'],
      ['dist:win', '--win'],
      ['dist:mac', '--mac'],
    ] as const) {
      expect(scripts[script]).toContain('--config electron/build/electron-builder.json');
      expect(scripts[script]).toContain(flag);
      expect(scripts[script]).toContain('npm run build:app');
    }
  });
});
