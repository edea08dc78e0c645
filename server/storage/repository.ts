/**
 * What the service stores, behind one interface with two implementations sharing the same
 * migrations: SQLite (default) and PostgreSQL (several stateless service instances). Every
 * state change that must be atomic is one method here, so implementations make it one
 * transaction (or one conditional UPDATE). Times are `Date`; ids are UUID strings; hashes are
 * lower-case hex. Nothing secret is stored in clear: registration codes and poll tokens only
 * as keyed hashes (HMAC-SHA-256 with the service's pepper), nonces only as SHA-256.
 *
 * Storage notes (server/storage/, added by the storage engineer; no method or field was
 * removed or renamed). Refused writes throw `StorageError` (server/storage/errors.ts) with a
 * stable `code`, and store nothing:
 * - A code hash is deleted as soon as it cannot be used any more (the enrolment left
 *   `pending`: application stored, or code expired and purged); `Enrolment.codeHash` then reads
 *   as ''. Code hashes are UNIQUE among the enrolments that still have one, so a code finds at
 *   most one enrolment even when several service instances draw the same code at once.
 * - Status `expired` is written only by purgeExpired (and by createEnrolment, see there);
 *   until then a pending enrolment past `codeExpiresAt` still reads `pending`.
 */

/** Phone-side enrolment life cycle (registration-flow.md "Phone side"). */
export type EnrolmentStatus = 'pending' | 'awaiting-confirmation' | 'active' | 'expired';

export interface Enrolment {
  readonly id: string;
  /** '' once the code is used up or expired and purged (the hash is deleted then). */
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

  /**
   * Throws StorageError 'code-hash-in-use' when a live enrolment has the same code hash (draw
   * another code); a pending enrolment whose code had expired by `createdAt` gives the code up
   * (becomes `expired`). 'duplicate-id' on an existing id.
   */
  createEnrolment(enrolment: Enrolment): Promise<void>;
  getEnrolment(id: string): Promise<Enrolment | undefined>;
  /**
   * The pending, unexpired enrolment whose code hash is `codeHash`, if any, whether or not a
   * session has bound its code already (then bindCode returns false).
   */
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
  authenticateSession(
    sessionId: string,
    nationalNumber: string,
    authCertificateSha256: string,
  ): Promise<boolean>;
  /**
   * Authentication's session rotation (ASVS 5.0 7.2.4) in one transaction: uses up the nonce
   * of `oldSessionId` (as consumeNonce: unused and unexpired at `now`; and the session must
   * be `open`), closes that session, and creates `rotated`, which must be `authenticated` with
   * the holder's national number and certificate hash (else a TypeError). Returns false, with
   * nothing changed, when the nonce was used or expired or the session is not open (or does
   * not exist); exactly one of concurrent calls for one session returns true. Throws
   * StorageError 'duplicate-id', with nothing changed, when `rotated.id` exists.
   */
  rotateAuthenticatedSession(oldSessionId: string, now: Date, rotated: Session): Promise<boolean>;
  /**
   * Adds a wrong code try; at `maxTries` the session is closed (same UPDATE). Returns the new
   * count. Throws StorageError 'session-not-found' for an unknown (or purged) session.
   */
  recordWrongCode(sessionId: string, maxTries: number): Promise<number>;
  /**
   * authenticated → code-bound to a pending enrolment, atomically; false when the session is
   * not authenticated or the enrolment is no longer pending/unbound. A code binds once: it stays
   * used even if that session is closed or purged.
   */
  bindCode(sessionId: string, enrolmentId: string): Promise<boolean>;
  closeSession(sessionId: string): Promise<void>;

  /**
   * In one transaction: stores the application, moves the enrolment to awaiting-confirmation
   * with `holderName`, and the session to submitted. Idempotent on `applicationSha256`: a
   * second call with the same hash stores nothing and returns the first stored application
   * (whichever session sent it: the caller compares `sessionId`). Otherwise throws StorageError,
   * with nothing stored, when the enrolment is not pending ('enrolment-not-pending'), the
   * session is not code-bound to it ('session-not-code-bound'), the enrolment already has
   * another application ('enrolment-has-application') or the id exists ('duplicate-id'). The
   * enrolment's code hash is deleted in the same transaction.
   */
  storeApplication(application: StoredApplication, holderName: string): Promise<StoredApplication>;
  getApplicationByHash(applicationSha256: string): Promise<StoredApplication | undefined>;
  countApplications(): Promise<number>;

  /**
   * Deletes expired pending enrolments' codes and sessions abandoned before `now`; returns rows purged.
   * Precisely: pending enrolments with `codeExpiresAt <= now` become `expired` with their code
   * hash deleted (the row stays, so the phone's poll reads `expired`); sessions with
   * `expiresAt <= now` are deleted whatever their state (their national number is personal
   * data; stored applications keep their own copy). Applications and their enrolments stay.
   */
  purgeExpired(now: Date): Promise<number>;
}
