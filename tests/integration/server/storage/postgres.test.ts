import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createRepository } from '../../../../server/storage/create-repository.ts';
import { openPostgresDriver } from '../../../../server/storage/postgres/postgres-driver.ts';
import type { Repository } from '../../../../server/storage/repository.ts';
import { migrationChecks } from './migration-checks.ts';
import { repositoryContract, type ContractHarness } from './repository-contract.ts';

/**
 * The PostgreSQL repository. Every test gets a schema of its own with a random name, dropped
 * afterwards, so parallel runs on one server do not clash. Without EIDW_TEST_POSTGRES_URL the
 * machine's cluster is started and prepared by scripts/postgres-ensure.sh; when PostgreSQL
 * cannot be reached the tests fail, saying what to install: they are never skipped.
 */
const DEFAULT_URL = 'postgres://eidwizard:eidwizard@127.0.0.1:5432/eidwizard_test';
const url = process.env['EIDW_TEST_POSTGRES_URL'] ?? DEFAULT_URL;
/** Schemas of runs that died are dropped by later runs once they are this old. */
const STALE_SCHEMA_SECONDS = 3600;
const PREFIX = 'eidw_test_';

let admin: pg.Client | undefined;

beforeAll(async () => {
  if (process.env['EIDW_TEST_POSTGRES_URL'] === undefined) {
    const ensure = fileURLToPath(new URL('../../../../scripts/postgres-ensure.sh', import.meta.url));
    const run = spawnSync('bash', [ensure], { encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(
        'PostgreSQL is needed by the storage tests and could not be made ready: install the Debian ' +
          `package postgresql (apt-get install postgresql, or scripts/setup.sh), or set EIDW_TEST_POSTGRES_URL.\n${run.stdout}${run.stderr}`,
      );
    }
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `cannot connect to PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')}: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  admin = client;
  await dropStaleSchemas(client);
});

afterAll(async () => {
  await admin?.end();
});

function adminClient(): pg.Client {
  if (admin === undefined) throw new Error('PostgreSQL is not connected (see beforeAll)');
  return admin;
}

/** A new schema named after the time it was made, so that stale ones can be recognised. */
async function createSchema(): Promise<string> {
  const schema = `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}`;
  await adminClient().query(`CREATE SCHEMA ${schema}`);
  return schema;
}

async function dropSchema(schema: string): Promise<void> {
  await adminClient().query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace WHERE nspname LIKE '${PREFIX}%'`,
  );
  const now = Date.now() / 1000;
  for (const { nspname } of rows) {
    const made = Number(nspname.slice(PREFIX.length).split('_')[0]);
    if (Number.isFinite(made) && now - made > STALE_SCHEMA_SECONDS) await dropSchema(nspname);
  }
}

function harness(): ContractHarness {
  let schema: string | undefined;
  let opened: Repository[] = [];
  const openInSchema = async (name: string): Promise<Repository> => {
    const repository = await createRepository({ kind: 'postgres', url, schema: name, poolSize: 10 });
    opened.push(repository);
    await repository.migrate();
    return repository;
  };
  return {
    open: async () => openInSchema((schema = await createSchema())),
    openAnotherInstance: async () => {
      if (schema === undefined) throw new Error('open() first');
      return openInSchema(schema);
    },
    dispose: async () => {
      await Promise.all(opened.map((r) => r.close()));
      opened = [];
      if (schema !== undefined) await dropSchema(schema);
      schema = undefined;
    },
  };
}

repositoryContract('PostgreSQL', harness());

migrationChecks('PostgreSQL', async () => {
  const schema = await createSchema();
  const driver = openPostgresDriver({ url, schema });
  return {
    driver,
    tableExists: async (name) => (await driver.all('SELECT to_regclass(?) AS t', [name]))[0]?.['t'] != null,
    dispose: async () => {
      await driver.close();
      await dropSchema(schema);
    },
  };
});
