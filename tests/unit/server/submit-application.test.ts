import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOLDER } from './helpers/fakes.ts';
import { authenticatedSession, b64, boundSession, submissionBody, submit } from './helpers/flows.ts';
import { errorCode, testApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

describe('desktop API: submit the application', () => {
  it('verifies, stores in one step before answering 201, and moves enrolment and session on', async () => {
    const { enrolment, sessionId } = await boundSession(t);
    const response = await submit(t, sessionId);

    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ enrolmentId: enrolment.enrolmentId, status: 'accepted' });
    expect(await t.repository.countApplications()).toBe(1);
    const [stored] = t.repository.applications.values();
    expect(stored).toMatchObject({
      id: body.applicationId,
      sessionId,
      nationalNumber: HOLDER.nationalNumber,
      email: 'anna.peeters@example.be',
      phone: '+32 470 12 34 56',
    });
    expect(Buffer.from(stored!.application).toString()).toBe('{"schema":"be.example.account-application/1"}');
    expect(t.repository.enrolments.get(enrolment.enrolmentId)!.status).toBe('awaiting-confirmation');
    expect(t.repository.sessions.get(sessionId)!.state).toBe('submitted');
  });

  it('hands the verifier the decoded files and what the session established', async () => {
    const { enrolment, sessionId } = await boundSession(t);
    await submit(t, sessionId);
    const [input] = t.verifier.submissions;
    expect(input!.session).toEqual({
      id: sessionId,
      enrolmentId: enrolment.enrolmentId,
      nationalNumber: HOLDER.nationalNumber,
    });
    expect(Buffer.from(input!.files.identity).toString()).toBe('identity file');
    expect(Buffer.from(input!.files.photo!).toString()).toBe('jpeg');
    expect(input!.contact).toEqual({ email: 'anna.peeters@example.be', phone: '+32 470 12 34 56' });
    expect(input!.now).toEqual(t.clock.now());
  });

  it('is idempotent: the same application again answers 200 with the same ids, stored once', async () => {
    const { sessionId } = await boundSession(t);
    const first = await submit(t, sessionId);
    const second = await submit(t, sessionId);

    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(await t.repository.countApplications()).toBe(1);
  });

  it('refuses another application in a submitted session', async () => {
    const { sessionId } = await boundSession(t);
    await submit(t, sessionId);
    const other = await submit(t, sessionId, submissionBody('{"other":true}'));
    expect(errorCode(other)).toBe('session-wrong-state');
    expect(await t.repository.countApplications()).toBe(1);
  });

  it('answers the verifier’s refusal code and stores nothing', async () => {
    const { enrolment, sessionId } = await boundSession(t);
    t.verifier.submissionResult = { ok: false, code: 'identity-signature-invalid' };
    const response = await submit(t, sessionId);

    expect(response.statusCode).toBe(422);
    expect(errorCode(response)).toBe('identity-signature-invalid');
    expect(await t.repository.countApplications()).toBe(0);
    expect(t.repository.enrolments.get(enrolment.enrolmentId)!.status).toBe('pending');
    expect(t.repository.sessions.get(sessionId)!.state).toBe('code-bound');
  });

  it('refuses a submission once the code has expired', async () => {
    const { sessionId } = await boundSession(t);
    t.clock.advance(15 * 60_000);
    const response = await submit(t, sessionId);
    expect(errorCode(response)).toBe('code-expired');
    expect(t.verifier.submissions).toHaveLength(0);
  });

  it('refuses a session without a bound code', async () => {
    const sessionId = await authenticatedSession(t);
    expect(errorCode(await submit(t, sessionId))).toBe('session-wrong-state');
  });

  it.each([
    ['application', (b: Record<string, unknown>) => ({ ...b, application: 'not base64!' })],
    [
      'a file',
      (b: Record<string, unknown>) => ({ ...b, files: { ...(b.files as object), identity: 'abc' } }),
    ],
    [
      'the photo',
      (b: Record<string, unknown>) => ({ ...b, files: { ...(b.files as object), photo: 'a b=' } }),
    ],
    ['url-safe alphabet', (b: Record<string, unknown>) => ({ ...b, application: '-_-_' })],
    ['non-zero padding bits', (b: Record<string, unknown>) => ({ ...b, application: 'QR==' })],
  ])('refuses malformed base64 in %s, storing nothing', async (_name, change) => {
    const { sessionId } = await boundSession(t);
    const response = await submit(
      t,
      sessionId,
      change(submissionBody() as unknown as Record<string, unknown>),
    );
    expect(response.statusCode).toBe(400);
    expect(errorCode(response)).toBe('malformed-base64');
    expect(t.verifier.submissions).toHaveLength(0);
    expect(await t.repository.countApplications()).toBe(0);
  });

  it.each([
    ['signature', { signature: b64('not der') }],
    ['signing certificate', { signingCertificate: Buffer.from([0x30, 0x05, 0x02]).toString('base64') }],
    [
      'CA certificate with trailing bytes',
      { caCertificate: Buffer.from([0x30, 0x00, 0x00]).toString('base64') },
    ],
  ])('refuses malformed DER in the %s', async (_name, change) => {
    const { sessionId } = await boundSession(t);
    const response = await submit(t, sessionId, { ...submissionBody(), ...change });
    expect(errorCode(response)).toBe('malformed-der');
    expect(await t.repository.countApplications()).toBe(0);
  });

  it('refuses an unknown field in the contact', async () => {
    const { sessionId } = await boundSession(t);
    const body = submissionBody();
    const response = await submit(t, sessionId, { ...body, contact: { ...body.contact, fax: '1' } });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response)).toBe('bad-request');
  });
});
