import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Makes what was written to the WAL file so far durable (an fdatasync of it). */
export type SyncWal = () => Promise<void>;

/** fsync of a folder, so that a file just created in it stays after a power loss (POSIX). */
async function syncFolder(path: string): Promise<void> {
  let folder: FileHandle;
  try {
    folder = await open(path, 'r');
  } catch {
    return; // Windows cannot open a folder; NTFS does not need it
  }
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * An fdatasync of `walPath` on libuv's thread pool. The handle is opened on first use and kept:
 * SQLite never renames or deletes the WAL while a connection (this one) is open, and truncating
 * it keeps the inode. On first use the folder is synced too, as SQLite does for a new WAL with
 * synchronous=FULL. No WAL file yet means no frame written yet: nothing to sync.
 */
export function fdatasyncOf(walPath: string): SyncWal & { close(): Promise<void> } {
  let handle: FileHandle | undefined;
  const sync = async (): Promise<void> => {
    if (handle === undefined) {
      try {
        handle = await open(walPath, 'r+');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      await syncFolder(dirname(walPath));
    }
    await handle.datasync();
  };
  return Object.assign(sync, {
    close: async () => {
      const opened = handle;
      handle = undefined;
      await opened?.close().catch(() => undefined);
    },
  });
}

interface Waiter {
  readonly commit: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Durability of SQLite commits, off the event loop. The driver runs WAL with
 * synchronous=NORMAL, so a COMMIT only write()s its frames to the WAL; this class then syncs
 * the WAL file on the thread pool, and whoever waits on a commit is released only once a sync
 * that started after that commit has finished. That is the guarantee synchronous=FULL gives
 * (the commit's frames are on disk before anyone is told), without blocking the event loop
 * for the fsync: node:sqlite runs FULL's fsync inside COMMIT, on the only JavaScript thread,
 * which under load cost the service a third of its time (docs/registration-service.md).
 *
 * Syncs never overlap; commits made while one runs are covered by the next, one for all
 * (the same group commit a database server does). A failed sync poisons the instance: the
 * waiters of the commits it covered, and every later one, are rejected with that error,
 * because after a failed fsync Linux may have dropped the dirty pages and nothing written
 * since can be promised durable (the PostgreSQL "fsyncgate" lesson). Restart the service.
 */
export class WalSync {
  readonly #sync: SyncWal;
  #committed = 0;
  #synced = 0;
  #running = false;
  #failure: { error: unknown } | undefined;
  #waiters: Waiter[] = [];

  constructor(sync: SyncWal) {
    this.#sync = sync;
  }

  /** The error of a failed sync, once one failed: nothing may be acknowledged any more. */
  get failure(): { error: unknown } | undefined {
    return this.#failure;
  }

  /** Records that a COMMIT just returned; its number, for {@link durable}. Starts a sync. */
  committed(): number {
    this.#committed++;
    if (!this.#running) void this.#run();
    return this.#committed;
  }

  /** The number of the last commit so far (0 before any). */
  get lastCommit(): number {
    return this.#committed;
  }

  /** Resolves once commit number `commit` (and every earlier one) is on disk. */
  durable(commit: number): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure.error);
    if (commit <= this.#synced) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiters.push({ commit, resolve, reject }));
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      while (this.#synced < this.#committed && this.#failure === undefined) {
        const target = this.#committed;
        try {
          await this.#sync();
        } catch (error) {
          this.#failure = { error };
          for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
          return;
        }
        this.#synced = target;
        const ready = this.#waiters.filter((w) => w.commit <= target);
        this.#waiters = this.#waiters.filter((w) => w.commit > target);
        for (const waiter of ready) waiter.resolve();
      }
    } finally {
      this.#running = false;
    }
  }
}
