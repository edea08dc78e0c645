import { randomBytes, randomUUID } from 'node:crypto';
import type {
  Enrolment,
  Repository,
  Session,
  StoredApplication,
} from '../../../../server/storage/repository.ts';

/** The tests' clock: every time is relative to T0 (whole milliseconds, as stored). */
export const T0 = new Date('2026-03-01T10:00:00.000Z');

/** T0 plus `n` minutes. */
export function minutes(n: number): Date {
  return new Date(T0.getTime() + n * 60_000);
}

/** A random 32-byte hash in lower-case hex. */
export function randomHash(): string {
  return randomBytes(32).toString('hex');
}

/** A pending enrolment whose code expires at T0 + 15 min. */
export function anEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: randomUUID(),
    codeHash: randomHash(),
    codeExpiresAt: minutes(15),
    pollTokenHash: randomHash(),
    status: 'pending',
    holderName: undefined,
    createdAt: T0,
    ...overrides,
  };
}

/** An open session whose nonce expires at T0 + 5 min and the session at T0 + 30 min. */
export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: randomUUID(),
    nonceHash: randomHash(),
    nonceExpiresAt: minutes(5),
    nonceUsed: false,
    state: 'open',
    expiresAt: minutes(30),
    nationalNumber: undefined,
    authCertificateSha256: undefined,
    enrolmentId: undefined,
    wrongCodeTries: 0,
    createdAt: T0,
    ...overrides,
  };
}

/** An application of `sessionId` for `enrolmentId` with random content (so a random hash). */
export function anApplication(
  enrolmentId: string,
  sessionId: string,
  overrides: Partial<StoredApplication> = {},
): StoredApplication {
  return {
    id: randomUUID(),
    enrolmentId,
    sessionId,
    applicationSha256: randomHash(),
    nationalNumber: '85073003328',
    email: 'alice@example.test',
    phone: '+32470123456',
    application: new Uint8Array(randomBytes(300)),
    signature: new Uint8Array(randomBytes(1200)),
    createdAt: minutes(3),
    ...overrides,
  };
}

/** An authenticated session (nonce used), stored. */
export async function authenticatedSession(
  repository: Repository,
  overrides: Partial<Session> = {},
): Promise<Session> {
  const session = aSession(overrides);
  await repository.createSession(session);
  await repository.consumeNonce(session.id, minutes(1));
  await repository.authenticateSession(session.id, '85073003328', randomHash());
  return session;
}

/** A session code-bound to a fresh pending enrolment: ready for storeApplication. */
export async function boundPair(repository: Repository): Promise<{ enrolment: Enrolment; session: Session }> {
  const enrolment = anEnrolment();
  await repository.createEnrolment(enrolment);
  const session = await authenticatedSession(repository);
  if (!(await repository.bindCode(session.id, enrolment.id))) throw new Error('fixture: bindCode failed');
  return { enrolment, session };
}
