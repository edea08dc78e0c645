/**
 * The three bundles Electron runs (issue 7): what `npm run build:app` writes to `dist/app/`
 * and what electron-builder packages. Paths are relative to the repository top.
 */
export interface AppEntry {
  /** The Vite environment that builds it (letters, digits, `$` and `_` only). */
  readonly environment: 'main' | 'preload' | 'pcscHost';
  /** The bundle's file name without `.cjs`. */
  readonly name: 'main' | 'preload' | 'pcsc-host';
  /** The TypeScript entry. */
  readonly source: string;
  /** What the bundle is for. */
  readonly role: string;
}

/** Where the bundles go. `package.json` `main` points at `dist/app/main.cjs`. */
export const APP_OUT_DIR = 'dist/app';

/** The entries, in build order. */
export const APP_ENTRIES: readonly AppEntry[] = [
  { environment: 'main', name: 'main', source: 'electron/shell/main.ts', role: 'Electron main process' },
  {
    environment: 'preload',
    name: 'preload',
    source: 'electron/shell/preload.ts',
    role: 'sandboxed preload: one self-contained file whose only require is electron',
  },
  {
    environment: 'pcscHost',
    name: 'pcsc-host',
    source: 'native/pcsc/remote/host-main.ts',
    role: 'PC/SC utilityProcess entry',
  },
];

/**
 * Modules left as run-time `require`s (besides Node's built-ins): Electron itself, and the
 * native PC/SC addon, loaded from the packaged `node_modules/` (rebuilt for Electron).
 */
export const APP_EXTERNAL_PACKAGES: readonly string[] = ['electron', 'pcsclite'];

/** The bundle file of `entry`, relative to the repository top. */
export function bundlePath(entry: AppEntry): string {
  return `${APP_OUT_DIR}/${entry.name}.cjs`;
}
