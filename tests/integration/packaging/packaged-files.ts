import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Configuration } from 'electron-builder';
import { REPOSITORY, builderInternal } from '../../unit/packaging/builder-config.ts';

/* Just enough of electron-builder's internal types for the calls below (app-builder-lib 26). */
interface Matcher {
  readonly from: string;
  readonly to: string;
}
interface FileSet {
  readonly src: string;
  readonly destination: string;
  readonly files: readonly string[];
  readonly metadata: Map<string, { isDirectory(): boolean }>;
}
type Expand = (pattern: string) => string;
interface FileMatcherModule {
  getMainFileMatchers(...args: unknown[]): Matcher[];
  getNodeModuleFileMatcher(...args: unknown[]): Matcher;
}
interface AppFileCopierModule {
  computeFileSets(
    matchers: Matcher[],
    transformer: null,
    packager: unknown,
    electronCompile: boolean,
  ): Promise<FileSet[]>;
  computeNodeModuleFileSets(packager: unknown, matcher: Matcher): Promise<FileSet[]>;
}

const DESTINATION = '/app';

/**
 * The files electron-builder would put into the Linux app (`app.asar` plus its unpacked part),
 * as paths inside the app (`dist/app/main.cjs`, `node_modules/pcsclite/...`), computed by
 * electron-builder's own code: `getMainFileMatchers` + `computeFileSets` for the `files` globs
 * (with its default exclusions), and `computeNodeModuleFileSets` for the production
 * dependencies it collects with `npm ls` and filters with the `!` patterns of `files`. No
 * Electron download, nothing written. The packager object is a stand-in holding only what those
 * functions read.
 */
export async function packagedFiles(config: Configuration): Promise<string[]> {
  const require = createRequire(join(REPOSITORY, 'package.json'));
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const { TmpDir } = require('temp-file') as {
    TmpDir: new (name: string) => { cleanup(): Promise<void> };
  };
  const { Platform } = builderInternal<{ Platform: { LINUX: unknown } }>('core.js');
  const { PM } = builderInternal<{ PM: { NPM: string } }>('node-module-collector/index.js');
  const matchers = builderInternal<FileMatcherModule>('fileMatcher.js');
  const copier = builderInternal<AppFileCopierModule>('util/appFileCopier.js');
  const metadata = require('./package.json') as { name: string };
  const tempDirManager = new TmpDir('eidw-packaged-files');
  const info = {
    projectDir: REPOSITORY,
    appDir: REPOSITORY,
    buildResourcesDir: join(REPOSITORY, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    config,
    debugLogger: new DebugLogger(false),
    tempDirManager,
    originalMetadata: metadata,
    nodePackageName: metadata.name,
    appInfo: { type: 'commonjs' },
    getWorkspaceRoot: async () => null,
    getPackageManager: async () => PM.NPM,
  };
  const packager = { info, config, platform: Platform.LINUX };
  const expand: Expand = (pattern) => pattern;
  const outDir = join(REPOSITORY, config.directories?.output ?? 'dist');
  try {
    const main = matchers.getMainFileMatchers(
      REPOSITORY,
      DESTINATION,
      expand,
      config.linux,
      packager,
      outDir,
      false,
    );
    const sets = [
      ...(await copier.computeFileSets(main, null, packager, false)),
      ...(await copier.computeNodeModuleFileSets(
        packager,
        matchers.getNodeModuleFileMatcher(REPOSITORY, DESTINATION, expand, config.linux, info),
      )),
    ];
    return sets
      .flatMap((set) =>
        set.files
          .filter((file) => set.metadata.get(file)?.isDirectory() === false)
          .map((file) => relative(DESTINATION, join(set.destination, relative(set.src, file)))),
      )
      .sort();
  } finally {
    await tempDirManager.cleanup();
  }
}
