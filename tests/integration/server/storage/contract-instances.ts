import { describe, expect, it } from 'vitest';
import type { Repository } from '../../../../server/storage/repository.ts';
import {
  aSession,
  anApplication,
  anEnrolment,
  authenticatedSession,
  boundPair,
  minutes,
} from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/**
 * Two service instances (each with its own connections) on one database: the atomic
 * transitions must hold across them, not only within one process.
 */
export function instancesContract(
  ctx: ContractContext,
  openAnotherInstance: () => Promise<Repository>,
): void {
  describe('two service instances on one database', () => {
    let other: { of: Repository; instance: Repository } | undefined;
    /** Alternates calls between this test's repository and a second instance (opened once). */
    async function both<T>(count: number, call: (repository: Repository) => Promise<T>): Promise<T[]> {
      if (other?.of !== ctx.repository) other = { of: ctx.repository, instance: await openAnotherInstance() };
      const instances = [ctx.repository, other.instance];
      return Promise.all(Array.from({ length: count }, (_, i) => call(instances[i % 2] ?? ctx.repository)));
    }

    it('uses a nonce once across instances', async () => {
      const session = aSession();
      await ctx.repository.createSession(session);

      const results = await both(20, (repository) => repository.consumeNonce(session.id, minutes(1)));

      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('binds an enrolment to one session across instances', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      const sessions = await Promise.all(
        Array.from({ length: 10 }, () => authenticatedSession(ctx.repository)),
      );

      let next = 0;
      const results = await both(10, (repository) =>
        repository.bindCode(sessions[next++]?.id ?? '', enrolment.id),
      );

      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('stores one application submitted to both instances at once (10 rounds)', async () => {
      for (let round = 1; round <= 10; round++) {
        const { enrolment, session } = await boundPair(ctx.repository);
        const application = anApplication(enrolment.id, session.id);

        const results = await both(10, (repository) =>
          repository.storeApplication({ ...application, id: crypto.randomUUID() }, 'Alice Test'),
        );

        expect(new Set(results.map((r) => r.id)).size).toBe(1);
        expect(await ctx.repository.countApplications()).toBe(round);
      }
    });

    it('counts wrong codes from both instances', async () => {
      const session = await authenticatedSession(ctx.repository);

      const counts = await both(10, (repository) => repository.recordWrongCode(session.id, 5));

      expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });
  });
}
