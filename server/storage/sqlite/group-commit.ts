import type { DatabaseSync } from 'node:sqlite';
import type { SqlExecutor } from '../driver.ts';
import type { WalSync } from './wal-sync.ts';

/** One write of the repository: a transaction body or a single statement. */
interface PendingWrite {
  readonly run: (tx: SqlExecutor) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** A write that ran inside the open transaction, waiting for its COMMIT. */
interface RanWrite {
  readonly write: PendingWrite;
  readonly value: unknown;
}

/**
 * Group commit for the SQLite driver. Every write must be on disk before it is acknowledged,
 * and an fsync per write would make the disk the service's limit. Writes are therefore
 * collected until the event loop has run what is ready (setImmediate) and then run one after
 * the other in ONE transaction (BEGIN IMMEDIATE … COMMIT), each in a SAVEPOINT of its own:
 *
 * - atomicity per write: a write that throws is rolled back to its savepoint and rejected;
 *   the others are not affected;
 * - durability: every write's promise settles only after the COMMIT that contains it returned
 *   and the WAL sync that covers it finished (wal-sync.ts, off the event loop): nothing is
 *   acknowledged that a crash could lose; if that COMMIT fails, every write of the group is
 *   rejected and none of them is stored; if the sync fails, they are rejected too (stored,
 *   perhaps, but never acknowledged: an idempotent retry finds them);
 * - isolation: the writes run serially, each seeing the ones before it, as when each had
 *   committed alone; reads never run while a group is open (`runSerially` orders them), and
 *   the driver releases a read's rows only once the commits before it are synced, so no
 *   answer can show data that is not yet durable.
 *
 * If SQLite rolls the whole transaction back by itself (I/O error, disk full), the writes
 * that had run are rejected and the rest of the group continues in a new transaction.
 */
export class GroupCommit {
  readonly #db: DatabaseSync;
  readonly #direct: SqlExecutor;
  readonly #runSerially: <T>(task: () => Promise<T>) => Promise<T>;
  readonly #wal: WalSync;
  /** The transaction-control statements, prepared once (exec() would parse them every time). */
  readonly #sql: Readonly<Record<'begin' | 'savepoint' | 'release' | 'rollbackTo' | 'commit', () => void>>;
  #pending: PendingWrite[] = [];
  #scheduled = false;

  /**
   * `direct` runs statements on `db` at once; `runSerially` is the driver's queue, which
   * also orders reads: a group is one task of it. `wal` makes each COMMIT durable.
   */
  constructor(
    db: DatabaseSync,
    direct: SqlExecutor,
    runSerially: <T>(task: () => Promise<T>) => Promise<T>,
    wal: WalSync,
  ) {
    this.#db = db;
    this.#direct = direct;
    this.#runSerially = runSerially;
    this.#wal = wal;
    const prepared = (sql: string): (() => void) => {
      const statement = db.prepare(sql);
      return () => void statement.run();
    };
    this.#sql = {
      begin: prepared('BEGIN IMMEDIATE'),
      savepoint: prepared('SAVEPOINT group_write'),
      release: prepared('RELEASE group_write'),
      rollbackTo: prepared('ROLLBACK TO group_write'),
      commit: prepared('COMMIT'),
    };
  }

  /** Runs `run` in the next group; settles once that group is committed (or `run` failed). */
  write<T>(run: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Queues the writes collected so far as one group now (before a barrier such as exec or close). */
  flush(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0) return;
    const group = this.#pending;
    this.#pending = [];
    void this.#runSerially(() => this.#commit(group));
  }

  async #commit(group: readonly PendingWrite[]): Promise<void> {
    const unsettled = new Set(group);
    const reject = (write: PendingWrite, error: unknown): void => {
      unsettled.delete(write);
      write.reject(error);
    };
    try {
      await this.#run(group, reject);
    } catch (error) {
      // Anything unexpected (the database closed under us…): nothing of the group is kept.
      try {
        if (this.#db.isOpen && this.#db.isTransaction) this.#db.exec('ROLLBACK');
      } finally {
        for (const write of unsettled) write.reject(error);
      }
    }
  }

  async #run(
    group: readonly PendingWrite[],
    reject: (write: PendingWrite, error: unknown) => void,
  ): Promise<void> {
    const failure = this.#wal.failure;
    if (failure !== undefined) {
      for (const write of group) reject(write, failure.error);
      return;
    }
    let ran: RanWrite[] = [];
    let open = false;
    for (const write of group) {
      try {
        if (!open) this.#sql.begin();
        open = true;
      } catch (error) {
        reject(write, error); // busy beyond the timeout: this write fails, the next ones try again
        continue;
      }
      this.#sql.savepoint();
      try {
        const value = await write.run(this.#direct);
        this.#sql.release();
        ran.push({ write, value });
      } catch (error) {
        reject(write, error);
        if (this.#db.isTransaction) {
          this.#sql.rollbackTo();
          this.#sql.release();
        } else {
          // SQLite rolled the whole transaction back: what ran before is gone too.
          for (const done of ran) reject(done.write, error);
          ran = [];
          open = false;
        }
      }
    }
    if (!open) return;
    try {
      this.#sql.commit();
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      for (const done of ran) reject(done.write, error);
      return;
    }
    const acknowledge = this.#wal.durable(this.#wal.committed());
    for (const done of ran) {
      acknowledge.then(
        () => done.write.resolve(done.value),
        (error: unknown) => reject(done.write, error),
      );
    }
  }
}
