import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BELGIAN_ROOTS } from '../../common/pki/belgian-roots.ts';
import type { ServiceSettings } from './settings.ts';

/** The repository root (server/config/ is two levels down). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The default port: free in the usual development ranges. */
export const DEFAULT_PORT = 8480;

/** The settings whose defaults follow from others: the origin, the database, the pepper file. */
export type DerivedKey = 'origin' | 'databaseUrl' | 'codePepperFile';

/**
 * Zero-configuration defaults (`npm run service`): loopback only, SQLite in `.data/`, the
 * pinned Belgian roots of `resources/trust/`, no test roots, no OCSP, 15-minute codes,
 * 5-minute nonces, 30-minute sessions. Paths are absolute, anchored at the repository.
 */
export function defaultSettings(): Omit<ServiceSettings, DerivedKey> {
  return {
    host: '127.0.0.1',
    port: DEFAULT_PORT,
    dataDirectory: `${REPOSITORY_ROOT}.data`,
    trustAnchorFiles: BELGIAN_ROOTS.map((root) => `${REPOSITORY_ROOT}resources/trust/${root.file}`),
    testRootFiles: [],
    codeLifetimeSeconds: 15 * 60,
    nonceLifetimeSeconds: 5 * 60,
    sessionLifetimeSeconds: 30 * 60,
    maxWrongCodeTries: 5,
    codeAttemptsPerMinute: 10,
    bodyLimitBytes: 256 * 1_024,
    purgeIntervalSeconds: 5 * 60,
    ocsp: { enabled: false, timeoutMs: 5_000, failClosed: true },
    trustProxy: false,
    logLevel: 'info',
  };
}

/**
 * The defaults that follow from the other settings: `http://host:port` (IPv6 in brackets), and
 * the SQLite file and pepper file in the data directory.
 */
export function derivedDefaults(
  settings: Omit<ServiceSettings, DerivedKey>,
): Pick<ServiceSettings, DerivedKey> {
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    origin: `http://${host}:${settings.port}`,
    databaseUrl: `sqlite:${join(settings.dataDirectory, 'registration.sqlite')}`,
    codePepperFile: join(settings.dataDirectory, 'code-pepper'),
  };
}
