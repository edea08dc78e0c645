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
}

/**
 * The paths, from Electron's `app.getAppPath()` (the project folder in development, the asar
 * archive when installed) and `process.resourcesPath` (where electron-builder's
 * `extraResources` go: locales and trust anchors sit next to the archive, readable by
 * administrators; docs/packaging.md). The shipped `default-config.json` is for administrators
 * to copy: the app's defaults are built in and tested to equal it.
 */
export function appPaths(appPath: string, resourcesPath: string, isPackaged: boolean): AppPaths {
  const bundles = join(appPath, 'dist', 'app');
  return {
    pages: join(appPath, 'dist', 'wizard'),
    preload: join(bundles, 'preload.cjs'),
    pcscHost: join(bundles, 'pcsc-host.cjs'),
    locales: isPackaged ? join(resourcesPath, 'locales') : join(appPath, 'locales'),
    trust: isPackaged ? join(resourcesPath, 'trust') : join(appPath, 'resources', 'trust'),
  };
}
