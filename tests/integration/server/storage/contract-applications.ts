import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../../server/storage/errors.ts';
import { anApplication, boundPair, minutes } from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/** storeApplication: one transaction, idempotent on the hash, refusals store nothing. */
export function applicationContract(ctx: ContractContext): void {
  describe('applications', () => {
    it('stores the application, the enrolment’s holder and the session’s state together', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      const application = anApplication(enrolment.id, session.id);

      const stored = await ctx.repository.storeApplication(application, 'Alice Test');

      expect(stored).toEqual(application);
      expect(await ctx.repository.getApplicationByHash(application.applicationSha256)).toEqual(application);
      expect(await ctx.repository.countApplications()).toBe(1);
      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual({
        ...enrolment,
        status: 'awaiting-confirmation',
        holderName: 'Alice Test',
        codeHash: '', // the code is used up: its hash is deleted
      });
      expect(await ctx.repository.getSession(session.id)).toMatchObject({ state: 'submitted' });
    });

    it('stores the same application (same hash) once and returns the first record', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      const application = anApplication(enrolment.id, session.id, { phone: undefined });
      const first = await ctx.repository.storeApplication(application, 'Alice Test');

      const retry = { ...application, id: crypto.randomUUID(), createdAt: minutes(4) };
      const second = await ctx.repository.storeApplication(retry, 'Someone Else');

      expect(second).toEqual(first);
      expect(second.id).toBe(application.id);
      expect(await ctx.repository.countApplications()).toBe(1);
      expect(await ctx.repository.getEnrolment(enrolment.id)).toMatchObject({ holderName: 'Alice Test' });
    });

    it('stores concurrent submissions of the same application once (10 rounds)', async () => {
      for (let round = 1; round <= 10; round++) {
        const { enrolment, session } = await boundPair(ctx.repository);
        const application = anApplication(enrolment.id, session.id);

        const results = await Promise.all(
          Array.from({ length: 8 }, () =>
            ctx.repository.storeApplication({ ...application, id: crypto.randomUUID() }, 'Alice Test'),
          ),
        );

        expect(new Set(results.map((r) => r.id)).size).toBe(1);
        expect(await ctx.repository.countApplications()).toBe(round);
      }
    });

    it('rolls everything back when the session is no longer code-bound (failure after the insert)', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      await ctx.repository.closeSession(session.id);
      const application = anApplication(enrolment.id, session.id);

      const store = ctx.repository.storeApplication(application, 'Alice Test');

      await expect(store).rejects.toBeInstanceOf(StorageError);
      await expect(store).rejects.toMatchObject({ code: 'session-not-code-bound' });
      expect(await ctx.repository.countApplications()).toBe(0);
      expect(await ctx.repository.getApplicationByHash(application.applicationSha256)).toBeUndefined();
      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual(enrolment); // pending, code kept
    });

    it('rolls everything back when the enrolment is no longer pending', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      await ctx.repository.purgeExpired(minutes(20)); // the code expired: enrolment → expired

      const store = ctx.repository.storeApplication(anApplication(enrolment.id, session.id), 'Alice Test');

      await expect(store).rejects.toMatchObject({ code: 'enrolment-not-pending' });
      expect(await ctx.repository.countApplications()).toBe(0);
      expect(await ctx.repository.getEnrolment(enrolment.id)).toMatchObject({ status: 'expired' });
    });

    it('refuses a second application for one enrolment (duplicate enrolment_id) and changes nothing', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      const first = await ctx.repository.storeApplication(
        anApplication(enrolment.id, session.id),
        'Alice Test',
      );
      const other = await boundPair(ctx.repository);

      const sameSession = anApplication(enrolment.id, session.id);
      const otherSession = anApplication(enrolment.id, other.session.id);

      await expect(ctx.repository.storeApplication(sameSession, 'Mallory')).rejects.toMatchObject({
        code: 'enrolment-has-application',
      });
      await expect(ctx.repository.storeApplication(otherSession, 'Mallory')).rejects.toMatchObject({
        code: 'enrolment-has-application',
      });
      expect(await ctx.repository.countApplications()).toBe(1);
      expect(await ctx.repository.getEnrolment(enrolment.id)).toMatchObject({ holderName: 'Alice Test' });
      expect(await ctx.repository.getEnrolment(other.enrolment.id)).toEqual(other.enrolment);
      expect(await ctx.repository.getSession(other.session.id)).toMatchObject({ state: 'code-bound' });
      expect(await ctx.repository.getApplicationByHash(first.applicationSha256)).toEqual(first);
    });

    it('refuses an application id that exists, with another hash, and changes nothing', async () => {
      const { enrolment, session } = await boundPair(ctx.repository);
      const first = await ctx.repository.storeApplication(
        anApplication(enrolment.id, session.id),
        'Alice Test',
      );
      const other = await boundPair(ctx.repository);

      const store = ctx.repository.storeApplication(
        anApplication(other.enrolment.id, other.session.id, { id: first.id }),
        'Bob Test',
      );

      await expect(store).rejects.toMatchObject({ code: 'duplicate-id' });
      expect(await ctx.repository.countApplications()).toBe(1);
      expect(await ctx.repository.getEnrolment(other.enrolment.id)).toEqual(other.enrolment);
      expect(await ctx.repository.getSession(other.session.id)).toMatchObject({ state: 'code-bound' });
    });

    it('reads nothing for an unknown hash', async () => {
      expect(await ctx.repository.getApplicationByHash('00'.repeat(32))).toBeUndefined();
      expect(await ctx.repository.countApplications()).toBe(0);
    });
  });
}
