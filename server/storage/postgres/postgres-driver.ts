import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from '../driver.ts';
import { numberPlaceholders } from './placeholders.ts';

/** Where the PostgreSQL repository lives. */
export interface PostgresOptions {
  /** libpq-style URL, e.g. postgres://user:password@host:5432/database. */
  readonly url: string;
  /** Schema to use instead of the role's default search_path (it must exist). */
  readonly schema?: string;
  /** Connections in the pool; default 10. */
  readonly poolSize?: number;
}

/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * A pool of PostgreSQL connections through `pg`. Statements outside a transaction take any
 * pooled connection; a transaction holds one connection from BEGIN to COMMIT/ROLLBACK. Several
 * service instances can share the database: the repository's atomicity comes from
 * transactions and conditional UPDATEs, not from anything held in this process.
 */
export function openPostgresDriver(options: PostgresOptions): SqlDriver {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`not a plain PostgreSQL schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle connection that breaks (server restart) must not crash the process; the next query
  // on a fresh connection reports any lasting problem.
  pool.on('error', () => undefined);
  let closed = false;

  return {
    dialect: 'postgres',
    ...executor(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        client.release(broken); // a connection that could not roll back is discarded
      }
    },
    uniqueViolation: (error) => {
      if (!(error instanceof pg.DatabaseError) || error.code !== UNIQUE_VIOLATION) return undefined;
      const column =
        /^Key \(([\w]+)\)=/.exec(error.detail ?? '')?.[1] ??
        (error.constraint?.endsWith('_pkey') ? 'id' : undefined);
      return error.table === undefined || column === undefined ? undefined : `${error.table}.${column}`;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Statement names by SQL text: the repository has a fixed, small set of statements. */
const names = new Map<string, string>();

/**
 * `sql` as a named (prepared) statement: each pooled connection parses and plans it once and
 * then only binds and executes it, which saves the database server, on the same cores as the
 * service in small deployments, a parse and a plan per query.
 */
function prepared(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
  let name = names.get(sql);
  if (name === undefined) {
    name = `eidw_${names.size + 1}`;
    names.set(sql, name);
  }
  return { name, text: numberPlaceholders(sql), values: params.map(toPg) };
}

function executor(target: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async (sql, params = []) => (await target.query(prepared(sql, params))).rows,
    run: async (sql, params = []) => (await target.query(prepared(sql, params))).rowCount ?? 0,
    exec: async (sql) => {
      await target.query(sql);
    },
  };
}

function toPg(value: SqlValue): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;
}
