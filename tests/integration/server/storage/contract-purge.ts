import { describe, expect, it } from 'vitest';
import {
  aSession,
  anApplication,
  anEnrolment,
  authenticatedSession,
  boundPair,
  minutes,
} from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/** purgeExpired: expired codes and abandoned sessions go, accepted applications stay. */
export function purgeContract(ctx: ContractContext): void {
  describe('purgeExpired', () => {
    it('deletes expired codes and expired sessions, and keeps applications', async () => {
      const repository = ctx.repository;
      const expiring = anEnrolment({ codeExpiresAt: minutes(15) });
      const live = anEnrolment({ codeExpiresAt: minutes(45) });
      await repository.createEnrolment(expiring);
      await repository.createEnrolment(live);
      const accepted = await boundPair(repository); // enrolment's code expires at 15, session at 30
      const application = await repository.storeApplication(
        anApplication(accepted.enrolment.id, accepted.session.id),
        'Alice Test',
      );
      const abandoned = aSession({ expiresAt: minutes(20) });
      const ongoing = aSession({ expiresAt: minutes(60) });
      await repository.createSession(abandoned);
      await repository.createSession(ongoing);

      const purged = await repository.purgeExpired(minutes(30));

      expect(purged).toBe(3); // one code, two sessions (the abandoned and the submitted one)
      expect(await repository.getEnrolment(expiring.id)).toEqual({
        ...expiring,
        status: 'expired',
        codeHash: '',
      });
      expect(await repository.findPendingEnrolmentByCodeHash(expiring.codeHash, minutes(1))).toBeUndefined();
      expect(await repository.getEnrolment(live.id)).toEqual(live);
      expect(await repository.getEnrolment(accepted.enrolment.id)).toMatchObject({
        status: 'awaiting-confirmation',
        holderName: 'Alice Test',
      });
      expect(await repository.getSession(abandoned.id)).toBeUndefined();
      expect(await repository.getSession(accepted.session.id)).toBeUndefined();
      expect(await repository.getSession(ongoing.id)).toEqual(ongoing);
      expect(await repository.getApplicationByHash(application.applicationSha256)).toEqual(application);
      expect(await repository.countApplications()).toBe(1);
      expect(await repository.purgeExpired(minutes(30))).toBe(0);
    });

    it('keeps the code of a purged session used', async () => {
      const enrolment = anEnrolment({ codeExpiresAt: minutes(90) });
      await ctx.repository.createEnrolment(enrolment);
      const session = await authenticatedSession(ctx.repository, { expiresAt: minutes(30) });
      expect(await ctx.repository.bindCode(session.id, enrolment.id)).toBe(true);

      expect(await ctx.repository.purgeExpired(minutes(30))).toBe(1); // the session, not the code
      const later = await authenticatedSession(ctx.repository, { expiresAt: minutes(60) });

      expect(await ctx.repository.getSession(session.id)).toBeUndefined();
      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual(enrolment);
      expect(await ctx.repository.bindCode(later.id, enrolment.id)).toBe(false);
    });
  });
}
