import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createRepository } from '../../../../server/storage/create-repository.ts';
import type { Repository } from '../../../../server/storage/repository.ts';
import { openSqliteDriver } from '../../../../server/storage/sqlite/sqlite-driver.ts';
import { anApplication, boundPair } from './fixtures.ts';
import { migrationChecks } from './migration-checks.ts';
import { repositoryContract, type ContractHarness } from './repository-contract.ts';

/** The SQLite repository: a file per test in a temporary folder, and `:memory:`. */
const dir = mkdtempSync(join(tmpdir(), 'eidw-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const newPath = (): string => join(dir, `${randomUUID()}.sqlite`);

function harness(path: () => string): ContractHarness {
  let opened: Repository[] = [];
  return {
    open: async () => {
      const repository = await createRepository({ kind: 'sqlite', path: path() });
      opened.push(repository);
      await repository.migrate();
      return repository;
    },
    dispose: async () => {
      await Promise.all(opened.map((r) => r.close()));
      opened = [];
    },
  };
}

repositoryContract('SQLite file', harness(newPath));
repositoryContract(
  'SQLite :memory:',
  harness(() => ':memory:'),
);

migrationChecks('SQLite', async () => {
  const driver = openSqliteDriver(newPath());
  return {
    driver,
    tableExists: async (name) =>
      (await driver.all(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, [name]))
        .length === 1,
    dispose: () => driver.close(),
  };
});

describe('SQLite file', () => {
  const toClose: Repository[] = [];
  afterEach(async () => {
    await Promise.all(toClose.splice(0).map((r) => r.close()));
  });

  it('is in WAL mode with synchronous=NORMAL (the WAL synced by the driver) and foreign keys on', async () => {
    const driver = openSqliteDriver(newPath());
    try {
      expect(await driver.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await driver.all('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]); // NORMAL: wal-sync.ts syncs
      expect(await driver.all('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    } finally {
      await driver.close();
    }
  });

  it('keeps every acknowledged application when reopened, and nothing else', async () => {
    const path = join(dir, 'nested', 'folder', 'service.sqlite'); // folders are created
    const first = await createRepository({ kind: 'sqlite', path });
    await first.migrate();
    const stored = [];
    for (let i = 0; i < 5; i++) {
      const { enrolment, session } = await boundPair(first);
      stored.push(await first.storeApplication(anApplication(enrolment.id, session.id), `Holder ${i}`));
    }
    const refused = await boundPair(first);
    await first.closeSession(refused.session.id);
    await expect(
      first.storeApplication(anApplication(refused.enrolment.id, refused.session.id), 'Nobody'),
    ).rejects.toMatchObject({ code: 'session-not-code-bound' });
    await first.close();

    const reopened = await createRepository({ kind: 'sqlite', path });
    toClose.push(reopened);
    await reopened.migrate();

    expect(await reopened.countApplications()).toBe(5);
    for (const [i, application] of stored.entries()) {
      expect(await reopened.getApplicationByHash(application.applicationSha256)).toEqual(application);
      expect(await reopened.getEnrolment(application.enrolmentId)).toMatchObject({
        holderName: `Holder ${i}`,
      });
      expect(await reopened.getSession(application.sessionId)).toMatchObject({ state: 'submitted' });
    }
    expect(await reopened.getEnrolment(refused.enrolment.id)).toEqual(refused.enrolment);
  });
});
