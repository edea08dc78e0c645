import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqlDriver, SqlExecutor } from '../driver.ts';
import { GroupCommit } from './group-commit.ts';
import { serial } from './serial.ts';
import { fdatasyncOf, WalSync, type SyncWal } from './wal-sync.ts';

/** SQLite extended result codes for a violated UNIQUE or PRIMARY KEY constraint. */
const SQLITE_CONSTRAINT_UNIQUE = 2067;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

/** Statements that only read: run at once (in queue order), outside any write group. */
const READ_ONLY = /^\s*(?:SELECT|PRAGMA)\b/i;

/** Options for the SQLite file. */
export interface SqliteOptions {
  /** How long a writer waits for another process's write lock; default 5 s. */
  readonly busyTimeoutMs?: number;
  /** Tests only: wraps the WAL sync (to delay it or make it fail). */
  readonly wrapSync?: (sync: SyncWal) => SyncWal;
}

/**
 * One SQLite connection through Node's built-in `node:sqlite` (no native npm dependency).
 * WAL with synchronous=NORMAL plus our own fdatasync of the WAL after each commit, on the
 * thread pool (wal-sync.ts): every commit is on disk before its promise resolves, as with
 * synchronous=FULL, but the event loop does not stop for the fsync. A crash leaves either the
 * whole transaction or none of it (SQLite's WAL checksums).
 *
 * The calls are synchronous; they are queued so that the statements of one transaction never
 * interleave with another caller's (the repository's transactions await between statements).
 * Writes (transactions, and statements that are not SELECT or PRAGMA) are group-committed
 * (group-commit.ts): those that become ready together share one transaction and one fsync,
 * each in a savepoint of its own, and each is acknowledged only after that commit.
 * Open one driver per file per process: a second connection in the same thread would wait on
 * the busy timeout for a lock that only this thread can release.
 */
export function openSqliteDriver(path: string, options: SqliteOptions = {}): SqlDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.['journal_mode'];
  if (path !== ':memory:' && mode !== 'wal') {
    db.close();
    throw new Error(`SQLite could not use WAL for ${path} (journal_mode ${String(mode)})`);
  }
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  const walFile = path === ':memory:' ? undefined : fdatasyncOf(`${path}-wal`);
  const sync: SyncWal = walFile ?? (async () => undefined);
  const wal = new WalSync(options.wrapSync?.(sync) ?? sync);

  const statements = new Map<string, StatementSync>();
  const prepare = (sql: string): StatementSync => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const direct: SqlExecutor = {
    all: async (sql, params = []) => prepare(sql).all(...params),
    run: async (sql, params = []) => Number(prepare(sql).run(...params).changes),
    exec: async (sql) => db.exec(sql),
  };
  const queued = serial();
  const group = new GroupCommit(db, direct, queued, wal);
  /** Runs `task` in the queue; its result is released once every commit before it is durable. */
  const afterDurable = async <T>(task: () => Promise<T>): Promise<T> => {
    const { value, after } = await queued(async () => ({ value: await task(), after: wal.lastCommit }));
    await wal.durable(after);
    return value;
  };

  return {
    dialect: 'sqlite',
    all: (sql, params) =>
      READ_ONLY.test(sql)
        ? afterDurable(() => direct.all(sql, params))
        : group.write((tx) => tx.all(sql, params)),
    run: (sql, params) => group.write((tx) => tx.run(sql, params)),
    exec: (sql) => {
      group.flush();
      return afterDurable(async () => {
        await direct.exec(sql);
        wal.committed(); // a script commits by itself (autocommit)
      });
    },
    transaction: (fn) => group.write(fn),
    uniqueViolation: (error) => {
      if (!(error instanceof Error) || !('errcode' in error)) return undefined;
      if (error.errcode !== SQLITE_CONSTRAINT_UNIQUE && error.errcode !== SQLITE_CONSTRAINT_PRIMARYKEY)
        return undefined;
      return /constraint failed: ([\w.]+)/.exec(error.message)?.[1];
    },
    close: () => {
      group.flush();
      return queued(async () => {
        await wal.durable(wal.lastCommit).catch(() => undefined); // its waiters hear of a failure
        await walFile?.close();
        if (db.isOpen) db.close();
      });
    },
  };
}
