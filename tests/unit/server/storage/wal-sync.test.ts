import { describe, expect, it } from 'vitest';
import { WalSync } from '../../../../server/storage/sqlite/wal-sync.ts';

/** A sync whose calls finish only when the test says so. */
function gatedSync() {
  const calls: { finish: () => void; fail: (error: Error) => void }[] = [];
  const sync = () => new Promise<void>((resolve, reject) => calls.push({ finish: resolve, fail: reject }));
  return { sync, calls };
}

/** Lets every queued promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Whether `promise` has settled, without waiting for it. */
function tracked<T>(promise: Promise<T>) {
  const state = { settled: false, error: undefined as unknown };
  promise.then(
    () => (state.settled = true),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('WalSync (durability of SQLite commits off the event loop)', () => {
  it('releases a commit only after a sync that started after it has finished', async () => {
    const { sync, calls } = gatedSync();
    const wal = new WalSync(sync);
    const first = tracked(wal.durable(wal.committed()));
    await settle();
    expect(calls).toHaveLength(1);
    expect(first.settled).toBe(false);

    const second = tracked(wal.durable(wal.committed())); // committed while the sync runs
    calls[0]!.finish();
    await settle();
    expect(first.settled).toBe(true);
    expect(second.settled).toBe(false); // that sync may have missed its frames
    expect(calls).toHaveLength(2);

    calls[1]!.finish();
    await settle();
    expect(second.settled).toBe(true);
  });

  it('covers every commit made during one sync with a single next sync', async () => {
    const { sync, calls } = gatedSync();
    const wal = new WalSync(sync);
    wal.committed();
    const waiting = Array.from({ length: 5 }, () => tracked(wal.durable(wal.committed())));
    calls[0]!.finish();
    await settle();
    expect(calls).toHaveLength(2);
    calls[1]!.finish();
    await settle();
    expect(waiting.every((w) => w.settled && w.error === undefined)).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('resolves at once for what is already on disk', async () => {
    const { sync, calls } = gatedSync();
    const wal = new WalSync(sync);
    await wal.durable(0);
    const commit = wal.committed();
    calls[0]!.finish();
    await wal.durable(commit);
    await wal.durable(commit); // again: no new sync
    expect(calls).toHaveLength(1);
  });

  it('after a failed sync rejects what it covered and everything later, and syncs no more', async () => {
    const { sync, calls } = gatedSync();
    const wal = new WalSync(sync);
    const covered = wal.durable(wal.committed());
    await settle();
    calls[0]!.fail(new Error('EIO'));
    await expect(covered).rejects.toThrow('EIO');
    expect(wal.failure).toBeDefined();
    await expect(wal.durable(wal.committed())).rejects.toThrow('EIO');
    await settle();
    expect(calls).toHaveLength(1);
  });
});
