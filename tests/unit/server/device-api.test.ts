import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../common/api/paths.ts';
import { REGISTRATION_CODE_PATTERN } from '../../../common/api/registration-code.ts';
import { keyedHash } from '../../../server/security/hashes.ts';
import { HOLDER } from './helpers/fakes.ts';
import { boundSession, pollEnrolment, startEnrolment, submit } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

const confirm = (id: string, token: string) =>
  t.app.inject({
    method: 'POST',
    url: API_PATHS.confirmEnrolment(id),
    headers: { authorization: `Bearer ${token}` },
  });

describe('device API: start, poll, confirm', () => {
  it('starts an enrolment with a 5-symbol code valid 15 minutes, stored only as keyed hashes', async () => {
    const enrolment = await startEnrolment(t);

    expect(enrolment.code).toMatch(new RegExp(REGISTRATION_CODE_PATTERN));
    expect(Date.parse(enrolment.expiresAt) - t.clock.now().getTime()).toBe(15 * 60_000);
    const stored = t.repository.enrolments.get(enrolment.enrolmentId)!;
    expect(stored.codeHash).toBe(keyedHash(t.config.codePepper, enrolment.code));
    expect(stored.pollTokenHash).toBe(keyedHash(t.config.codePepper, enrolment.pollToken));
    expect(JSON.stringify(stored)).not.toContain(enrolment.code);
    expect(JSON.stringify(stored)).not.toContain(enrolment.pollToken);
  });

  it('draws the code with randomInt over the alphabet', async () => {
    t.random.queueInts(4, 17, 8, 27, 21);
    expect((await startEnrolment(t)).code).toBe('4H8VN');
  });

  it('draws again when a code is live already', async () => {
    t.random.queueInts(4, 17, 8, 27, 21, 4, 17, 8, 27, 21, 22, 2, 21, 28, 2);
    await startEnrolment(t);
    expect((await startEnrolment(t)).code).toBe('P2NW2');
  });

  it('draws again when an expired, not yet purged enrolment still holds the code hash', async () => {
    t.random.queueInts(4, 17, 8, 27, 21, 4, 17, 8, 27, 21, 22, 2, 21, 28, 2);
    await startEnrolment(t);
    t.clock.advance(16 * 60_000);
    expect((await startEnrolment(t)).code).toBe('P2NW2');
  });

  it('goes pending → awaiting-confirmation (with the name) → active', async () => {
    const { enrolment, sessionId } = await boundSession(t);
    const pending = await pollEnrolment(t, enrolment);
    expect(pending.statusCode).toBe(200);
    expect(pending.json()).toEqual({
      enrolmentId: enrolment.enrolmentId,
      status: 'pending',
      expiresAt: enrolment.expiresAt,
    });

    expect((await submit(t, sessionId)).statusCode).toBe(201);
    expect((await pollEnrolment(t, enrolment)).json()).toMatchObject({
      status: 'awaiting-confirmation',
      holderName: HOLDER.name,
    });

    const confirmed = await confirm(enrolment.enrolmentId, enrolment.pollToken);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ enrolmentId: enrolment.enrolmentId, status: 'active' });
    const active = (await pollEnrolment(t, enrolment)).json();
    expect(active.status).toBe('active');
    expect(active).not.toHaveProperty('holderName');
    // Confirming again answers the same.
    expect((await confirm(enrolment.enrolmentId, enrolment.pollToken)).statusCode).toBe(200);
  });

  it('refuses to confirm a pending enrolment', async () => {
    const enrolment = await startEnrolment(t);
    const response = await confirm(enrolment.enrolmentId, enrolment.pollToken);
    expect(response.statusCode).toBe(409);
    expect(errorCode(response)).toBe('enrolment-wrong-state');
  });

  it('reports an expired code as expired, and will not confirm it', async () => {
    const enrolment = await startEnrolment(t);
    t.clock.advance(15 * 60_000);
    expect((await pollEnrolment(t, enrolment)).json().status).toBe('expired');
    const response = await confirm(enrolment.enrolmentId, enrolment.pollToken);
    expect(response.statusCode).toBe(410);
    expect(errorCode(response)).toBe('enrolment-expired');
  });

  it('refuses a wrong or missing poll token', async () => {
    const enrolment = await startEnrolment(t);
    const other = await startEnrolment(t);
    for (const response of [
      await pollEnrolment(t, enrolment, other.pollToken),
      await pollEnrolment(t, enrolment, 'x'.repeat(43)),
      await t.app.inject({ method: 'GET', url: API_PATHS.enrolment(enrolment.enrolmentId) }),
      await confirm(enrolment.enrolmentId, other.pollToken),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('poll-token-invalid');
    }
  });

  it('answers enrolment-not-found for an unknown id, bad-request for a malformed one', async () => {
    const enrolment = await startEnrolment(t);
    const unknown = await pollEnrolment(t, {
      ...enrolment,
      enrolmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('enrolment-not-found');
    const malformed = await pollEnrolment(t, { ...enrolment, enrolmentId: 'not-an-id' });
    expect(malformed.statusCode).toBe(400);
    expect(errorCode(malformed)).toBe('bad-request');
  });
});
