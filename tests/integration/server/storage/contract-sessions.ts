import { describe, expect, it } from 'vitest';
import { aSession, anEnrolment, authenticatedSession, minutes, randomHash } from './fixtures.ts';
import type { ContractContext } from './repository-contract.ts';

/** Sessions: nonce single use, authentication, wrong codes, binding a code, closing. */
export function sessionContract(ctx: ContractContext): void {
  describe('sessions', () => {
    it('stores a session and reads it back field for field', async () => {
      const session = aSession();
      const full = aSession({
        state: 'authenticated',
        nonceUsed: true,
        nationalNumber: '1',
        wrongCodeTries: 2,
      });

      await ctx.repository.createSession(session);
      await ctx.repository.createSession(full);

      expect(await ctx.repository.getSession(session.id)).toEqual(session);
      expect(await ctx.repository.getSession(full.id)).toEqual(full);
      expect(await ctx.repository.getSession(aSession().id)).toBeUndefined();
      await expect(ctx.repository.createSession(session)).rejects.toMatchObject({ code: 'duplicate-id' });
    });

    it('uses a nonce once, and never after it expired', async () => {
      const session = aSession({ nonceExpiresAt: minutes(5) });
      const late = aSession({ nonceExpiresAt: minutes(5) });
      await ctx.repository.createSession(session);
      await ctx.repository.createSession(late);

      expect(await ctx.repository.consumeNonce(session.id, minutes(4))).toBe(true);
      expect(await ctx.repository.consumeNonce(session.id, minutes(4))).toBe(false);
      expect(await ctx.repository.consumeNonce(late.id, minutes(5))).toBe(false);
      expect(await ctx.repository.consumeNonce(aSession().id, minutes(1))).toBe(false);
      expect(await ctx.repository.getSession(session.id)).toMatchObject({ nonceUsed: true });
      expect(await ctx.repository.getSession(late.id)).toMatchObject({ nonceUsed: false });
    });

    it('lets exactly one of 20 concurrent consumeNonce calls through', async () => {
      const session = aSession();
      await ctx.repository.createSession(session);

      const results = await Promise.all(
        Array.from({ length: 20 }, () => ctx.repository.consumeNonce(session.id, minutes(1))),
      );

      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('authenticates an open session once, with the holder’s data', async () => {
      const session = aSession();
      const closed = aSession();
      await ctx.repository.createSession(session);
      await ctx.repository.createSession(closed);
      await ctx.repository.closeSession(closed.id);
      const certificate = randomHash();

      expect(await ctx.repository.authenticateSession(session.id, '85073003328', certificate)).toBe(true);
      expect(await ctx.repository.authenticateSession(session.id, '99999999999', randomHash())).toBe(false);
      expect(await ctx.repository.authenticateSession(closed.id, '85073003328', certificate)).toBe(false);
      expect(await ctx.repository.authenticateSession(aSession().id, '85073003328', certificate)).toBe(false);

      expect(await ctx.repository.getSession(session.id)).toMatchObject({
        state: 'authenticated',
        nationalNumber: '85073003328',
        authCertificateSha256: certificate,
      });
      expect(await ctx.repository.getSession(closed.id)).toMatchObject({
        state: 'closed',
        nationalNumber: undefined,
      });
    });

    it('counts wrong codes and closes the session at maxTries', async () => {
      const session = await authenticatedSession(ctx.repository);

      for (let tries = 1; tries < 5; tries++) {
        expect(await ctx.repository.recordWrongCode(session.id, 5)).toBe(tries);
        expect(await ctx.repository.getSession(session.id)).toMatchObject({ state: 'authenticated' });
      }
      expect(await ctx.repository.recordWrongCode(session.id, 5)).toBe(5);

      expect(await ctx.repository.getSession(session.id)).toMatchObject({
        state: 'closed',
        wrongCodeTries: 5,
      });
      await expect(ctx.repository.recordWrongCode(aSession().id, 5)).rejects.toMatchObject({
        code: 'session-not-found',
      });
    });

    it('counts concurrent wrong codes without losing one', async () => {
      const session = await authenticatedSession(ctx.repository);

      const counts = await Promise.all(
        Array.from({ length: 8 }, () => ctx.repository.recordWrongCode(session.id, 5)),
      );

      expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await ctx.repository.getSession(session.id)).toMatchObject({
        state: 'closed',
        wrongCodeTries: 8,
      });
    });

    it('binds an authenticated session to a pending enrolment', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      const session = await authenticatedSession(ctx.repository);

      expect(await ctx.repository.bindCode(session.id, enrolment.id)).toBe(true);

      expect(await ctx.repository.getSession(session.id)).toMatchObject({
        state: 'code-bound',
        enrolmentId: enrolment.id,
      });
      expect(await ctx.repository.getEnrolment(enrolment.id)).toEqual(enrolment); // still pending
    });

    it('refuses to bind a session that is not authenticated, and leaves the code unused', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      const open = aSession();
      await ctx.repository.createSession(open);

      expect(await ctx.repository.bindCode(open.id, enrolment.id)).toBe(false);
      expect(await ctx.repository.bindCode(aSession().id, enrolment.id)).toBe(false);
      expect(await ctx.repository.getSession(open.id)).toMatchObject({
        state: 'open',
        enrolmentId: undefined,
      });

      const session = await authenticatedSession(ctx.repository);
      expect(await ctx.repository.bindCode(session.id, enrolment.id)).toBe(true);
    });

    it('binds a code once: a second session, or a second binding, is refused', async () => {
      const enrolment = anEnrolment();
      const other = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      await ctx.repository.createEnrolment(other);
      const first = await authenticatedSession(ctx.repository);
      const second = await authenticatedSession(ctx.repository);
      expect(await ctx.repository.bindCode(first.id, enrolment.id)).toBe(true);

      expect(await ctx.repository.bindCode(second.id, enrolment.id)).toBe(false);
      expect(await ctx.repository.bindCode(first.id, other.id)).toBe(false);
      await ctx.repository.closeSession(first.id);
      expect(await ctx.repository.bindCode(second.id, enrolment.id)).toBe(false);

      expect(await ctx.repository.getSession(second.id)).toMatchObject({ state: 'authenticated' });
      expect(await ctx.repository.bindCode(second.id, other.id)).toBe(true);
      expect(await ctx.repository.bindCode(second.id, anEnrolment().id)).toBe(false);
    });

    it('lets one of several sessions racing for one enrolment win', async () => {
      const enrolment = anEnrolment();
      await ctx.repository.createEnrolment(enrolment);
      const sessions = await Promise.all(
        Array.from({ length: 10 }, () => authenticatedSession(ctx.repository)),
      );

      const results = await Promise.all(sessions.map((s) => ctx.repository.bindCode(s.id, enrolment.id)));

      expect(results.filter(Boolean)).toHaveLength(1);
      const states = await Promise.all(
        sessions.map(async (s) => (await ctx.repository.getSession(s.id))?.state),
      );
      expect(states.filter((state) => state === 'code-bound')).toHaveLength(1);
      expect(states.filter((state) => state === 'authenticated')).toHaveLength(9);
    });

    it('closes a session in any state', async () => {
      const session = await authenticatedSession(ctx.repository);

      await ctx.repository.closeSession(session.id);
      await ctx.repository.closeSession(aSession().id); // unknown: nothing to do

      expect(await ctx.repository.getSession(session.id)).toMatchObject({ state: 'closed' });
    });
  });
}
