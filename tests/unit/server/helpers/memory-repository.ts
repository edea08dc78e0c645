import { StorageError } from '../../../../server/storage/errors.ts';
import type {
  Enrolment,
  Repository,
  Session,
  StoredApplication,
} from '../../../../server/storage/repository.ts';

/**
 * An in-memory {@link Repository} that keeps the interface's contract (atomic single use,
 * state transitions, idempotent storeApplication), for route tests. The real SQLite and
 * PostgreSQL suites live with server/storage.
 */
export class MemoryRepository implements Repository {
  readonly enrolments = new Map<string, Enrolment & { boundSessionId?: string }>();
  readonly sessions = new Map<string, Session>();
  readonly applications = new Map<string, StoredApplication>();
  migrated = false;
  closed = false;

  async migrate(): Promise<void> {
    this.migrated = true;
  }
  async close(): Promise<void> {
    this.closed = true;
  }

  async createEnrolment(enrolment: Enrolment): Promise<void> {
    if (this.enrolments.has(enrolment.id)) throw new StorageError('duplicate-id');
    for (const other of this.enrolments.values()) {
      if (other.codeHash !== '' && other.codeHash === enrolment.codeHash)
        throw new StorageError('code-hash-in-use');
    }
    this.enrolments.set(enrolment.id, { ...enrolment });
  }
  async getEnrolment(id: string): Promise<Enrolment | undefined> {
    return this.enrolments.get(id);
  }
  async findPendingEnrolmentByCodeHash(codeHash: string, now: Date): Promise<Enrolment | undefined> {
    return [...this.enrolments.values()].find(
      (e) =>
        e.codeHash === codeHash &&
        e.status === 'pending' &&
        e.boundSessionId === undefined &&
        e.codeExpiresAt.getTime() > now.getTime(),
    );
  }
  async confirmEnrolment(id: string): Promise<boolean> {
    const enrolment = this.enrolments.get(id);
    if (enrolment?.status !== 'awaiting-confirmation') return false;
    this.enrolments.set(id, { ...enrolment, status: 'active' });
    return true;
  }

  async createSession(session: Session): Promise<void> {
    if (this.sessions.has(session.id)) throw new StorageError('duplicate-id');
    this.sessions.set(session.id, { ...session });
  }
  async getSession(id: string): Promise<Session | undefined> {
    return this.sessions.get(id);
  }
  async consumeNonce(sessionId: string, now: Date): Promise<boolean> {
    const session = this.sessions.get(sessionId);
    if (session === undefined || session.nonceUsed || session.nonceExpiresAt.getTime() <= now.getTime())
      return false;
    this.sessions.set(sessionId, { ...session, nonceUsed: true });
    return true;
  }
  async authenticateSession(sessionId: string, nationalNumber: string, sha256: string): Promise<boolean> {
    const session = this.sessions.get(sessionId);
    if (session?.state !== 'open') return false;
    this.sessions.set(sessionId, {
      ...session,
      state: 'authenticated',
      nationalNumber,
      authCertificateSha256: sha256,
    });
    return true;
  }
  async rotateAuthenticatedSession(oldSessionId: string, now: Date, rotated: Session): Promise<boolean> {
    if (rotated.state !== 'authenticated' || rotated.nationalNumber === undefined)
      throw new TypeError('the rotated session must be authenticated');
    const old = this.sessions.get(oldSessionId);
    if (old === undefined || old.nonceUsed || old.nonceExpiresAt.getTime() <= now.getTime()) return false;
    if (old.state !== 'open') return false;
    if (this.sessions.has(rotated.id)) throw new StorageError('duplicate-id');
    this.sessions.set(oldSessionId, { ...old, nonceUsed: true, state: 'closed' });
    this.sessions.set(rotated.id, { ...rotated });
    return true;
  }
  async recordWrongCode(sessionId: string, maxTries: number): Promise<number> {
    const session = this.sessions.get(sessionId);
    if (session === undefined) throw new StorageError('session-not-found');
    const wrongCodeTries = session.wrongCodeTries + 1;
    this.sessions.set(sessionId, {
      ...session,
      wrongCodeTries,
      state: wrongCodeTries >= maxTries ? 'closed' : session.state,
    });
    return wrongCodeTries;
  }
  async bindCode(sessionId: string, enrolmentId: string): Promise<boolean> {
    const session = this.sessions.get(sessionId);
    const enrolment = this.enrolments.get(enrolmentId);
    if (session?.state !== 'authenticated' || enrolment?.status !== 'pending') return false;
    if (enrolment.boundSessionId !== undefined) return false;
    this.sessions.set(sessionId, { ...session, state: 'code-bound', enrolmentId });
    this.enrolments.set(enrolmentId, { ...enrolment, boundSessionId: sessionId });
    return true;
  }
  async closeSession(sessionId: string): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (session !== undefined) this.sessions.set(sessionId, { ...session, state: 'closed' });
  }

  async storeApplication(application: StoredApplication, holderName: string): Promise<StoredApplication> {
    const existing = this.applications.get(application.applicationSha256);
    if (existing !== undefined) return existing;
    const enrolment = this.enrolments.get(application.enrolmentId);
    const session = this.sessions.get(application.sessionId);
    if (enrolment?.status !== 'pending') throw new StorageError('enrolment-not-pending');
    if (session?.state !== 'code-bound' || session.enrolmentId !== enrolment.id) {
      throw new StorageError('session-not-code-bound');
    }
    this.applications.set(application.applicationSha256, application);
    this.enrolments.set(enrolment.id, {
      ...enrolment,
      status: 'awaiting-confirmation',
      holderName,
      codeHash: '',
    });
    this.sessions.set(session.id, { ...session, state: 'submitted' });
    return application;
  }
  async getApplicationByHash(applicationSha256: string): Promise<StoredApplication | undefined> {
    return this.applications.get(applicationSha256);
  }
  async countApplications(): Promise<number> {
    return this.applications.size;
  }
  async purgeExpired(now: Date): Promise<number> {
    let purged = 0;
    for (const [id, session] of this.sessions) {
      if (session.expiresAt.getTime() <= now.getTime()) {
        this.sessions.delete(id);
        purged++;
      }
    }
    return purged;
  }
}
