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
    });
  });

  it('installed: bundles in the archive, locales and trust next to it', () => {
    const resources = join('/opt', 'eID Wizard', 'resources');
    const archive = join(resources, 'app.asar');
    expect(appPaths(archive, resources, true)).toEqual({
      pages: join(archive, 'dist', 'wizard'),
      preload: join(archive, 'dist', 'app', 'preload.cjs'),
      pcscHost: join(archive, 'dist', 'app', 'pcsc-host.cjs'),
      locales: join(resources, 'locales'),
      trust: join(resources, 'trust'),
    });
  });

  it('never reads administrators\u2019 files from inside the archive when installed', () => {
    const paths = appPaths('/r/app.asar', '/r', true);
    for (const path of [paths.locales, paths.trust]) expect(path).not.toContain('app.asar');
  });
});
