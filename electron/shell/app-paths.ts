import { join } from 'node:path';

/** Where the app's files are, in a development run and in an installed app. */
export interface AppPaths {
  /** The built pages (dist/wizard): the wizard and the operator page. */
  readonly pages: string;
  readonly preload: string;
  /** The PC/SC host, started in a utility process. */
  readonly pcscHost: string;
  readonly locales: string;
  readonly trust: string;
  readonly defaultConfig: string;
}

/**
 * The paths, from Electron's `app.getAppPath()` (the project folder in development, the asar
 * archive when installed) and `process.resourcesPath` (where electron-builder's
 * `extraResources` go: locales, trust anchors and the default config sit next to the archive,
 * readable by administrators; docs/packaging.md).
 */
export function appPaths(appPath: string, resourcesPath: string, isPackaged: boolean): AppPaths {
  const bundles = join(appPath, 'dist', 'app');
  const resources = isPackaged ? resourcesPath : join(appPath, 'resources');
  return {
    pages: join(appPath, 'dist', 'wizard'),
    preload: join(bundles, 'preload.cjs'),
    pcscHost: join(bundles, 'pcsc-host.cjs'),
    locales: isPackaged ? join(resourcesPath, 'locales') : join(appPath, 'locales'),
    trust: join(resources, 'trust'),
    defaultConfig: join(resources, 'default-config.json'),
  };
}
