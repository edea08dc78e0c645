import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Repository, Session } from '../../../../server/storage/repository.ts';
import { aSession, anEnrolment, minutes, randomHash } from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/** The session authentication creates in place of `old` (as the authenticate route builds it). */
function rotatedFrom(old: Session, overrides: Partial<Session> = {}): Session {
  return {
    ...old,
    id: randomUUID(),
    nonceHash: randomHash(),
    nonceExpiresAt: minutes(1),
    nonceUsed: true,
    state: 'authenticated',
    nationalNumber: '85073003328',
    authCertificateSha256: randomHash(),
    wrongCodeTries: 0,
    createdAt: minutes(1),
    ...overrides,
  };
}

/**
 * rotateAuthenticatedSession: nonce use, closing the old session and creating the
 * authenticated one in one transaction, all or nothing, once per nonce (also across
 * service instances when the harness has them).
 */
export function rotationContract(
  ctx: ContractContext,
  openAnotherInstance?: () => Promise<Repository>,
): void {
  describe('rotateAuthenticatedSession', () => {
    it('uses the nonce up, closes the old session and stores the rotated one as given', async () => {
      const old = aSession();
      await ctx.repository.createSession(old);
      const rotated = rotatedFrom(old);

      expect(await ctx.repository.rotateAuthenticatedSession(old.id, minutes(1), rotated)).toBe(true);

      expect(await ctx.repository.getSession(old.id)).toEqual({ ...old, nonceUsed: true, state: 'closed' });
      expect(await ctx.repository.getSession(rotated.id)).toEqual(rotated);
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      expect(await ctx.repository.bindCode(rotated.id, enrolment.id)).toBe(true);
    });

    it('changes nothing for a used or expired nonce, a session that is not open, or no session', async () => {
      const used = aSession();
      const expiring = aSession({ nonceExpiresAt: minutes(5) });
      const authenticated = aSession({ state: 'authenticated' });
      const closed = aSession({ state: 'closed' });
      for (const session of [used, expiring, authenticated, closed])
        await ctx.repository.createSession(session);
      await ctx.repository.consumeNonce(used.id, minutes(1));
      const before = await Promise.all(
        [used, expiring, authenticated, closed].map((s) => ctx.repository.getSession(s.id)),
      );

      const attempts: [Session, Date][] = [
        [used, minutes(1)],
        [expiring, minutes(5)],
        [authenticated, minutes(1)],
        [closed, minutes(1)],
        [aSession(), minutes(1)],
      ];
      for (const [session, now] of attempts) {
        const rotated = rotatedFrom(session);
        expect(await ctx.repository.rotateAuthenticatedSession(session.id, now, rotated)).toBe(false);
        expect(await ctx.repository.getSession(rotated.id)).toBeUndefined();
      }

      const after = await Promise.all(
        [used, expiring, authenticated, closed].map((s) => ctx.repository.getSession(s.id)),
      );
      expect(after).toEqual(before);
      expect(
        await ctx.repository.rotateAuthenticatedSession(expiring.id, minutes(4), rotatedFrom(expiring)),
      ).toBe(true);
    });

    it('rolls the nonce back when the rotated id exists (duplicate-id)', async () => {
      const old = aSession();
      const taken = aSession();
      await ctx.repository.createSession(old);
      await ctx.repository.createSession(taken);

      await expect(
        ctx.repository.rotateAuthenticatedSession(old.id, minutes(1), rotatedFrom(old, { id: taken.id })),
      ).rejects.toMatchObject({ code: 'duplicate-id' });

      expect(await ctx.repository.getSession(old.id)).toEqual(old);
      expect(await ctx.repository.getSession(taken.id)).toEqual(taken);
      expect(await ctx.repository.rotateAuthenticatedSession(old.id, minutes(1), rotatedFrom(old))).toBe(
        true,
      );
    });

    it('refuses to create a rotated session that is not authenticated', async () => {
      const old = aSession();
      await ctx.repository.createSession(old);

      await expect(
        ctx.repository.rotateAuthenticatedSession(old.id, minutes(1), rotatedFrom(old, { state: 'open' })),
      ).rejects.toThrow(TypeError);
      await expect(
        ctx.repository.rotateAuthenticatedSession(
          old.id,
          minutes(1),
          rotatedFrom(old, { nationalNumber: undefined }),
        ),
      ).rejects.toThrow(TypeError);

      expect(await ctx.repository.getSession(old.id)).toEqual(old);
    });

    it('lets exactly one of 20 concurrent rotations (and consumeNonce calls) use the nonce', async () => {
      const old = aSession();
      await ctx.repository.createSession(old);
      const rotations = Array.from({ length: 20 }, () => rotatedFrom(old));

      const results = await Promise.all([
        ...rotations.map((rotated) => ctx.repository.rotateAuthenticatedSession(old.id, minutes(1), rotated)),
        ...Array.from({ length: 5 }, () => ctx.repository.consumeNonce(old.id, minutes(1))),
      ]);

      expect(results.filter(Boolean)).toHaveLength(1);
      const created = await Promise.all(rotations.map((r) => ctx.repository.getSession(r.id)));
      expect(created.filter((s) => s !== undefined)).toHaveLength(
        results.slice(0, 20).filter(Boolean).length,
      );
      expect(await ctx.repository.getSession(old.id)).toMatchObject({ nonceUsed: true });
    });

    if (openAnotherInstance !== undefined) {
      it('rotates a session once across two service instances', async () => {
        const other = await openAnotherInstance();
        const old = aSession();
        await ctx.repository.createSession(old);
        const rotations = Array.from({ length: 20 }, () => rotatedFrom(old));

        const results = await Promise.all(
          rotations.map((rotated, i) =>
            (i % 2 === 0 ? ctx.repository : other).rotateAuthenticatedSession(old.id, minutes(1), rotated),
          ),
        );

        expect(results.filter(Boolean)).toHaveLength(1);
        const created = await Promise.all(rotations.map((r) => ctx.repository.getSession(r.id)));
        expect(created.filter((s) => s !== undefined)).toHaveLength(1);
        expect(await ctx.repository.getSession(old.id)).toMatchObject({ state: 'closed', nonceUsed: true });
      });
    }
  });
}
