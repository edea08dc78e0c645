import { afterEach, beforeEach, describe } from 'vitest';
import type { Repository } from '../../../../server/storage/repository.ts';
import { applicationContract } from './contract-applications.ts';
import { enrolmentContract } from './contract-enrolments.ts';
import { instancesContract } from './contract-instances.ts';
import { purgeContract } from './contract-purge.ts';
import { rotationContract } from './contract-rotation.ts';
import { sessionContract } from './contract-sessions.ts';

/** How a dialect's test file provides databases to the contract. */
export interface ContractHarness {
  /** A migrated repository on a fresh, empty database, disposed of after the test. */
  open(): Promise<Repository>;
  /**
   * A second repository on the database of the last `open()`: another service instance with
   * its own connections. Absent where one process cannot have two (SQLite, see its driver).
   */
  openAnotherInstance?: () => Promise<Repository>;
  /** Closes and removes everything the test opened. */
  dispose(): Promise<void>;
}

/** What each part of the contract gets: the test's repository, set before each test. */
export interface ContractContext {
  readonly repository: Repository;
  readonly harness: ContractHarness;
}

/**
 * The behaviour every Repository implementation must have (server/storage/repository.ts),
 * registered as Vitest suites. Each test gets a fresh migrated database.
 */
export function repositoryContract(name: string, harness: ContractHarness): void {
  describe(`${name}: the Repository contract`, () => {
    let repository: Repository | undefined;
    const context: ContractContext = {
      get repository() {
        if (repository === undefined) throw new Error('no repository outside a test');
        return repository;
      },
      harness,
    };
    beforeEach(async () => {
      repository = await harness.open();
    });
    afterEach(async () => {
      repository = undefined;
      await harness.dispose();
    });

    enrolmentContract(context);
    sessionContract(context);
    rotationContract(context, harness.openAnotherInstance);
    applicationContract(context);
    purgeContract(context);
    if (harness.openAnotherInstance !== undefined) instancesContract(context, harness.openAnotherInstance);
  });
}
