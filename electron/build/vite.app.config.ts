import { existsSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';
import { APP_ENTRIES, APP_EXTERNAL_PACKAGES, APP_OUT_DIR, type AppEntry } from './app-entries.ts';

/**
 * The Electron bundles (issue 7): `vite build --app --config electron/build/vite.app.config.ts`
 * turns the TypeScript of main, the preload and the PC/SC utility process into plain CommonJS
 * in `dist/app/` (see `app-entries.ts`). One Vite environment per entry, so each bundle is a
 * single self-contained file (no shared chunks: a sandboxed preload cannot require one).
 * Everything is bundled except Electron, the native `pcsclite` addon and Node's built-ins.
 * An entry whose source does not exist yet is skipped with a warning (the tests require all).
 */
const top = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const external = [...APP_EXTERNAL_PACKAGES, /^node:/, ...builtinModules];

function environment(entry: AppEntry): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: [...APP_EXTERNAL_PACKAGES] },
    build: {
      outDir: top(APP_OUT_DIR),
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [entry.name]: top(entry.source) },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
}

const present = APP_ENTRIES.filter((entry) => {
  if (existsSync(top(entry.source))) return true;
  console.warn(`build:app: ${entry.source} does not exist yet: ${entry.name}.cjs is not built`);
  return false;
});

export default defineConfig({
  root: top('.'),
  publicDir: false,
  logLevel: 'warn',
  environments: Object.fromEntries(present.map((entry) => [entry.environment, environment(entry)])),
  builder: {
    async buildApp(builder) {
      rmSync(top(APP_OUT_DIR), { recursive: true, force: true });
      for (const entry of present) await builder.build(builder.environments[entry.environment]!);
    },
  },
});
