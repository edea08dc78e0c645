import type { Dialect, SqlDriver, SqlExecutor } from '../driver.ts';
import { migrations as allMigrations } from './index.ts';
import type { Migration } from './migration.ts';

const types: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  sqlite: { bytes: 'BLOB' },
  postgres: { bytes: 'BYTEA' },
};

/**
 * An arbitrary constant key for pg_advisory_xact_lock: service instances starting together
 * migrate one after the other instead of racing on CREATE TABLE.
 */
const POSTGRES_MIGRATION_LOCK = 0x65_69_64_77; // "eidw"

/** `sql` with every `{{type}}` replaced by the dialect's spelling; throws on an unknown one. */
export function renderSql(sql: string, dialect: Dialect): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const type = types[dialect][name];
    if (type === undefined) throw new Error(`unknown type {{${name}}} in a migration`);
    return type;
  });
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one transaction:
 * either every pending one is applied and recorded, or none is. Running it again is a no-op.
 * Returns the versions it applied.
 */
export async function applyMigrations(
  driver: SqlDriver,
  migrations: readonly Migration[] = allMigrations,
): Promise<number[]> {
  return driver.transaction(async (tx) => {
    if (driver.dialect === 'postgres') {
      await tx.all('SELECT pg_advisory_xact_lock(?)', [POSTGRES_MIGRATION_LOCK]);
    }
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at BIGINT NOT NULL
    )`);
    const applied = await appliedVersions(tx);
    const pending = [...migrations]
      .sort((a, b) => a.version - b.version)
      .filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(renderSql(migration.sql, driver.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
    }
    return pending.map((m) => m.version);
  });
}

async function appliedVersions(tx: SqlExecutor): Promise<Set<number>> {
  const rows = await tx.all('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => Number(row['version'])));
}
