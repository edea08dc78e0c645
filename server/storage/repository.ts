/**
 * What the service stores, behind one interface with two implementations sharing the same
 * migrations: SQLite (default) and PostgreSQL (several stateless service instances). Every
 * state change that must be atomic is one method here, so implementations make it one
 * transaction (or one conditional UPDATE). Times are `Date`; ids are UUID strings; hashes are
 * lower-case hex. Nothing secret is stored in clear: registration codes and poll tokens only
 * as keyed hashes (HMAC-SHA-256 with the service's pepper), nonces only as SHA-256.
 */

/** Phone-side enrolment life cycle (registration-flow.md "Phone side"). */
export type EnrolmentStatus = 'pending' | 'awaiting-confirmation' | 'active' | 'expired';

export interface Enrolment {
  readonly id: string;
  readonly codeHash: string;
  readonly codeExpiresAt: Date;
  readonly pollTokenHash: string;
  readonly status: EnrolmentStatus;
  /** Set when an application was accepted: the name the phone shows ("Is this you?"). */
  readonly holderName: string | undefined;
  readonly createdAt: Date;
}

/** Desktop-side session life cycle. */
export type SessionState = 'open' | 'authenticated' | 'code-bound' | 'submitted' | 'closed';

export interface Session {
  readonly id: string;
  readonly nonceHash: string;
  readonly nonceExpiresAt: Date;
  readonly nonceUsed: boolean;
  readonly state: SessionState;
  readonly expiresAt: Date;
  /** After authentication: the holder's national number and the auth certificate's SHA-256. */
  readonly nationalNumber: string | undefined;
  readonly authCertificateSha256: string | undefined;
  /** After the code was bound. */
  readonly enrolmentId: string | undefined;
  readonly wrongCodeTries: number;
  readonly createdAt: Date;
}

/** An accepted application: the evidence, stored before the answer is sent. */
export interface StoredApplication {
  readonly id: string;
  readonly enrolmentId: string;
  readonly sessionId: string;
  /** SHA-256 of the exact canonical JSON bytes: the idempotency key. */
  readonly applicationSha256: string;
  readonly nationalNumber: string;
  readonly email: string;
  readonly phone: string | undefined;
  /** The exact signed canonical JSON bytes and the detached CMS (DER). */
  readonly application: Uint8Array;
  readonly signature: Uint8Array;
  readonly createdAt: Date;
}

export interface Repository {
  /** Applies pending migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  createEnrolment(enrolment: Enrolment): Promise<void>;
  getEnrolment(id: string): Promise<Enrolment | undefined>;
  /** The pending, unexpired enrolment whose code hash is `codeHash`, if any. */
  findPendingEnrolmentByCodeHash(codeHash: string, now: Date): Promise<Enrolment | undefined>;
  /** awaiting-confirmation → active; false when the enrolment was in another state. */
  confirmEnrolment(id: string): Promise<boolean>;

  createSession(session: Session): Promise<void>;
  getSession(id: string): Promise<Session | undefined>;
  /**
   * Marks the nonce used if it is unused and unexpired, atomically (single use even with
   * several service instances). Returns false when it was already used or expired.
   */
  consumeNonce(sessionId: string, now: Date): Promise<boolean>;
  /** open → authenticated with the holder's data; false on any other state. */
  authenticateSession(sessionId: string, nationalNumber: string, authCertificateSha256: string): Promise<boolean>;
  /** Adds a wrong code try; at `maxTries` the session is closed. Returns the new count. */
  recordWrongCode(sessionId: string, maxTries: number): Promise<number>;
  /**
   * authenticated → code-bound to a pending enrolment, atomically; false when the session is
   * not authenticated or the enrolment is no longer pending/unbound.
   */
  bindCode(sessionId: string, enrolmentId: string): Promise<boolean>;
  closeSession(sessionId: string): Promise<void>;

  /**
   * In one transaction: stores the application, moves the enrolment to awaiting-confirmation
   * with `holderName`, and the session to submitted. Idempotent on `applicationSha256`: a
   * second call with the same hash stores nothing and returns the first stored application.
   */
  storeApplication(application: StoredApplication, holderName: string): Promise<StoredApplication>;
  getApplicationByHash(applicationSha256: string): Promise<StoredApplication | undefined>;
  countApplications(): Promise<number>;

  /** Deletes expired pending enrolments' codes and sessions abandoned before `now`; returns rows purged. */
  purgeExpired(now: Date): Promise<number>;
}
