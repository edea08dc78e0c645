import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createRepository } from '../../server/storage/create-repository.ts';
import type { Repository } from '../../server/storage/repository.ts';

/** The two databases the service supports. */
export type DatabaseKind = 'sqlite' | 'postgres';

/** A fresh, empty repository (the app migrates it) and how to dispose of it (closing is idempotent). */
export interface FreshDatabase {
  readonly repository: Repository;
  dispose(): Promise<void>;
}

/** The PostgreSQL URL of the tests (tests/integration/server/storage/postgres.test.ts). */
export const POSTGRES_URL =
  process.env['EIDW_TEST_POSTGRES_URL'] ?? 'postgres://eidwizard:eidwizard@127.0.0.1:5432/eidwizard_test';
const SCHEMA_PREFIX = 'eidw_bench_';

/**
 * Makes the machine's PostgreSQL ready as the tests do (scripts/postgres-ensure.sh) unless
 * EIDW_TEST_POSTGRES_URL names another server, and returns its version and durability settings.
 */
export async function preparePostgres(): Promise<string> {
  if (process.env['EIDW_TEST_POSTGRES_URL'] === undefined) {
    const ensure = fileURLToPath(new URL('../../scripts/postgres-ensure.sh', import.meta.url));
    const run = spawnSync('bash', [ensure], { encoding: 'utf8' });
    if (run.status !== 0)
      throw new Error(
        `PostgreSQL could not be made ready (scripts/postgres-ensure.sh):\n${run.stdout}${run.stderr}`,
      );
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    // Schemas of benchmark runs that died are dropped once they are an hour old.
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE '${SCHEMA_PREFIX}%'`,
    );
    for (const { nspname } of rows) {
      const made = Number(nspname.slice(SCHEMA_PREFIX.length).split('_')[0]);
      if (Number.isFinite(made) && Date.now() / 1000 - made > 3600)
        await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
    }
    const setting = async (name: string): Promise<string> =>
      String((await client.query(`SHOW ${name}`)).rows[0]?.[name]);
    const version = (await setting('server_version')).split(' ')[0];
    return `PostgreSQL ${version} (fsync=${await setting('fsync')}, synchronous_commit=${await setting('synchronous_commit')})`;
  } finally {
    await client.end();
  }
}

/** SQLite as the service runs it by default: a file (WAL, synchronous=FULL) in a new temp folder. */
async function freshSqlite(): Promise<FreshDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'eidw-bench-'));
  const repository = await createRepository({ kind: 'sqlite', path: join(folder, 'registration.sqlite') });
  return {
    repository,
    dispose: async () => {
      await repository.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A schema of its own in the test database (dropped afterwards), default pool size. */
async function freshPostgres(): Promise<FreshDatabase> {
  const schema = `${SCHEMA_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const repository = await createRepository({ kind: 'postgres', url: POSTGRES_URL, schema });
  return {
    repository,
    dispose: async () => {
      try {
        await repository.close();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A fresh, empty database of `kind`. */
export function freshDatabase(kind: DatabaseKind): Promise<FreshDatabase> {
  return kind === 'sqlite' ? freshSqlite() : freshPostgres();
}
