import type { Repository } from './repository.ts';
import { createSqlRepository } from './sql-repository.ts';

/** Which database the service stores into. */
export type RepositoryConfig =
  | {
      readonly kind: 'sqlite';
      /** The database file (created with its folder when missing), or ':memory:' for tests. */
      readonly path: string;
      /** How long a writer waits for another process's write lock; default 5 s. */
      readonly busyTimeoutMs?: number;
    }
  | {
      readonly kind: 'postgres';
      /** libpq-style URL, e.g. postgres://user:password@host:5432/database. */
      readonly url: string;
      /** Schema to use (it must exist); default: the role's search_path. */
      readonly schema?: string;
      /** Connections in the pool; default 10. */
      readonly poolSize?: number;
    };

/**
 * Opens the repository `config` names. Only that database's driver is loaded (`pg` is never
 * imported for SQLite). Call `migrate()` before first use, and `close()` at shutdown.
 */
export async function createRepository(config: RepositoryConfig): Promise<Repository> {
  switch (config.kind) {
    case 'sqlite': {
      const { openSqliteDriver } = await import('./sqlite/sqlite-driver.ts');
      return createSqlRepository(openSqliteDriver(config.path, { busyTimeoutMs: config.busyTimeoutMs }));
    }
    case 'postgres': {
      const { openPostgresDriver } = await import('./postgres/postgres-driver.ts');
      return createSqlRepository(openPostgresDriver(config));
    }
  }
}
