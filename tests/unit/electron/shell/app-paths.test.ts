import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../../electron/shell/app-paths.ts';

describe('appPaths', () => {
  it('development: everything in the project folder', () => {
    const project = join('/home', 'dev', 'eid-wizard');
    expect(appPaths(project, '/opt/electron/resources', false)).toEqual({
      pages: join(project, 'dist', 'wizard'),
      preload: join(project, 'dist', 'app', 'preload.cjs'),
      pcscHost: join(project, 'dist', 'app', 'pcsc-host.cjs'),
      locales: join(project, 'locales'),
      trust: join(project, 'resources', 'trust'),
      defaultConfig: join(project, 'resources', 'default-config.json'),
    });
  });

  it('installed: bundles in the archive, locales, trust and config next to it', () => {
    const resources = join('/opt', 'eID Wizard', 'resources');
    const archive = join(resources, 'app.asar');
    expect(appPaths(archive, resources, true)).toEqual({
      pages: join(archive, 'dist', 'wizard'),
      preload: join(archive, 'dist', 'app', 'preload.cjs'),
      pcscHost: join(archive, 'dist', 'app', 'pcsc-host.cjs'),
      locales: join(resources, 'locales'),
      trust: join(resources, 'trust'),
      defaultConfig: join(resources, 'default-config.json'),
    });
  });

  it('never reads administrators\u2019 files from inside the archive when installed', () => {
    const paths = appPaths('/r/app.asar', '/r', true);
    for (const path of [paths.locales, paths.trust, paths.defaultConfig])
      expect(path).not.toContain('app.asar');
  });
});
