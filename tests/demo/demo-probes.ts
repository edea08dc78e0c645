import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/** True if pcscd accepts a connection on its socket (a stale socket file does not count). */
export function pcscdRunning(socket = '/run/pcscd/pcscd.comm'): Promise<boolean> {
  if (!existsSync(socket)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const client = connect(socket);
    client.once('connect', () => (client.destroy(), resolve(true)));
    client.once('error', () => resolve(false));
  });
}

/** True if vsmartcard-vpcd's reader configuration is installed. */
export function vpcdInstalled(): boolean {
  return existsSync('/etc/reader.conf.d/vpcd');
}

/**
 * The Electron binary, if the `electron` package is installed with its binary. Read from the
 * package's `path.txt` and `dist/` (or `ELECTRON_OVERRIDE_DIST_PATH`) without requiring it:
 * electron 45's `require('electron')` starts a download when the binary is missing.
 */
export function electronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    const folder = dirname(require.resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(folder, 'dist');
    const path = join(dist, executable);
    return executable !== '' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The first Chromium or Chrome on the PATH (or the usual macOS place), if any. */
export function findChromium(platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'darwin') {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    return existsSync(mac) ? mac : undefined;
  }
  if (platform === 'win32') return undefined; // `start` opens the default browser
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names)
    for (const folder of folders) if (existsSync(join(folder, name))) return join(folder, name);
  return undefined;
}
