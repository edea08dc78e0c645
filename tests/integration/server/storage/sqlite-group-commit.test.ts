import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../../../server/storage/driver.ts';
import { openSqliteDriver } from '../../../../server/storage/sqlite/sqlite-driver.ts';
import type { SyncWal } from '../../../../server/storage/sqlite/wal-sync.ts';

/** The SQLite driver's group commit (server/storage/sqlite/group-commit.ts). */
const dir = mkdtempSync(join(tmpdir(), 'eidw-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let opened: SqlDriver[] = [];
afterEach(async () => {
  await Promise.all(opened.map((d) => d.close()));
  opened = [];
});

async function freshDriver(
  wrapSync?: (sync: SyncWal) => SyncWal,
): Promise<{ driver: SqlDriver; path: string }> {
  const path = join(dir, `${randomUUID()}.sqlite`);
  const driver = openSqliteDriver(path, wrapSync === undefined ? {} : { wrapSync });
  opened.push(driver);
  await driver.exec('CREATE TABLE t (id TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  return { driver, path };
}

/** The ids in `t` as another connection sees them: committed data only. */
function committedIds(path: string): string[] {
  const other = new DatabaseSync(path, { readOnly: true });
  try {
    return other
      .prepare('SELECT id FROM t ORDER BY id')
      .all()
      .map((row) => String(row['id']));
  } finally {
    other.close();
  }
}

describe('SQLite group commit', () => {
  it('acknowledges concurrent writes only once they are committed (another connection sees them)', async () => {
    const { driver, path } = await freshDriver();
    const ids = Array.from({ length: 12 }, (_, i) => `w${String(i).padStart(2, '0')}`);

    await Promise.all(
      ids.map((id, i) =>
        i % 2 === 0
          ? driver.run('INSERT INTO t (id, v) VALUES (?, ?)', [id, i])
          : driver.transaction(async (tx) => {
              await tx.run('INSERT INTO t (id, v) VALUES (?, ?)', [id, 0]);
              return tx.run('UPDATE t SET v = ? WHERE id = ?', [i, id]);
            }),
      ),
    );

    expect(committedIds(path)).toEqual(ids);
  });

  it('rolls back only the write that failed; the others of its group are stored', async () => {
    const { driver, path } = await freshDriver();
    await driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['taken', 0]);

    const results = await Promise.allSettled([
      driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['a', 1]),
      driver.transaction(async (tx) => {
        await tx.run('INSERT INTO t (id, v) VALUES (?, ?)', ['b', 2]);
        throw new Error('refused after writing');
      }),
      driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['taken', 3]),
      driver.transaction(async (tx) => tx.run('INSERT INTO t (id, v) VALUES (?, ?)', ['c', 4])),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(driver.uniqueViolation((results[2] as PromiseRejectedResult).reason)).toBe('t.id');
    expect(committedIds(path)).toEqual(['a', 'c', 'taken']);
    expect(await driver.all('SELECT v FROM t WHERE id = ?', ['taken'])).toEqual([{ v: 0 }]);
  });

  it('never lets a read see a write that is not committed', async () => {
    const { driver } = await freshDriver();
    let duringRolledBack: Promise<unknown> | undefined;
    let duringCommitted: Promise<unknown> | undefined;

    const rolledBack = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, v) VALUES (?, ?)', ['never', 1]);
      duringRolledBack = driver.all('SELECT id FROM t');
      throw new Error('rolled back');
    });
    const committed = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO t (id, v) VALUES (?, ?)', ['kept', 2]);
      duringCommitted = driver.all('SELECT id FROM t');
    });
    const before = driver.all('SELECT id FROM t'); // issued before the group runs

    expect(await before).toEqual([]);
    await expect(rolledBack).rejects.toThrow('rolled back');
    await committed;
    expect(await duringRolledBack).toEqual([{ id: 'kept' }]);
    expect(await duringCommitted).toEqual([{ id: 'kept' }]);
  });

  it('runs exec and close after the writes issued before them', async () => {
    const { driver, path } = await freshDriver();
    const write = driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['first', 1]);
    await driver.exec('CREATE TABLE u (id TEXT)');
    expect(committedIds(path)).toEqual(['first']);
    await write;

    const last = driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['last', 2]);
    await driver.close();
    await last;
    expect(committedIds(path)).toEqual(['first', 'last']);
    await expect(driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['closed', 3])).rejects.toThrow();
    expect(committedIds(path)).toEqual(['first', 'last']);
  });

  describe('durability: the WAL sync off the event loop', () => {
    /** A driver whose WAL syncs (the real fdatasync) wait for `open()` once armed. */
    async function gatedDriver() {
      let armed = false;
      let gate = gateOf();
      let syncs = 0;
      let failWith: Error | undefined;
      const { driver, path } = await freshDriver((real) => async () => {
        if (armed) await gate.promise;
        if (failWith !== undefined) throw failWith;
        await real();
        syncs++;
      });
      return {
        driver,
        path,
        arm: () => {
          armed = true;
          gate = gateOf();
        },
        open: () => gate.resolve(),
        fail: (error: Error) => {
          failWith = error;
          gate.resolve();
        },
        syncs: () => syncs,
      };
    }

    it('runs WAL with synchronous=NORMAL and syncs the WAL itself after commits', async () => {
      const { driver, syncs } = await gatedDriver();
      expect(await driver.all('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]); // NORMAL
      const before = syncs();
      await driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['a', 1]);
      expect(syncs()).toBeGreaterThan(before);
    });

    it('acknowledges a committed write, and shows it to reads, only once its sync is done', async () => {
      const gated = await gatedDriver();
      gated.arm();
      let acknowledged = false;
      const write = gated.driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['a', 1]).then(() => {
        acknowledged = true;
      });
      await until(() => committedIds(gated.path).length === 1); // committed, not yet synced
      let read: unknown;
      const reading = gated.driver.all('SELECT id FROM t').then((rows) => (read = rows));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(acknowledged).toBe(false);
      expect(read).toBeUndefined();

      gated.open();
      await Promise.all([write, reading]);
      expect(acknowledged).toBe(true);
      expect(read).toEqual([{ id: 'a' }]);
    });

    it('after a failed sync acknowledges nothing more (restart the service)', async () => {
      const gated = await gatedDriver();
      gated.arm();
      const write = gated.driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['a', 1]);
      await until(() => committedIds(gated.path).length === 1);
      gated.fail(new Error('EIO: the disk went away'));
      await expect(write).rejects.toThrow('EIO');
      await expect(gated.driver.run('INSERT INTO t (id, v) VALUES (?, ?)', ['b', 2])).rejects.toThrow('EIO');
      await expect(gated.driver.all('SELECT id FROM t')).rejects.toThrow('EIO');
      expect(committedIds(gated.path)).toEqual(['a']); // nothing after the failure was written
    });
  });
});

/** A promise and the function that resolves it. */
function gateOf(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Waits until `condition` holds (2 s at most). */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
