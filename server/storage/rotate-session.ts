import type { SqlDriver, SqlExecutor } from './driver.ts';
import { StorageError } from './errors.ts';
import type { Session } from './repository.ts';
import { millis, nullable } from './rows.ts';

/** INSERTs `s` as given (Repository.createSession and the rotation share it). */
export async function insertSession(db: SqlExecutor, s: Session): Promise<void> {
  await db.run(
    `INSERT INTO sessions (id, nonce_hash, nonce_expires_at, nonce_used, state, expires_at, national_number,
       auth_certificate_sha256, enrolment_id, wrong_code_tries, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      s.id,
      s.nonceHash,
      millis(s.nonceExpiresAt),
      s.nonceUsed ? 1 : 0,
      s.state,
      millis(s.expiresAt),
      nullable(s.nationalNumber),
      nullable(s.authCertificateSha256),
      nullable(s.enrolmentId),
      s.wrongCodeTries,
      millis(s.createdAt),
    ],
  );
}

/** `error` as StorageError 'duplicate-id' when it is the violation of sessions.id, else as is. */
export function sessionInsertError(driver: SqlDriver, error: unknown, id: string): unknown {
  return driver.uniqueViolation(error) === 'sessions.id'
    ? new StorageError('duplicate-id', `session ${id} exists`)
    : error;
}

/**
 * Repository.rotateAuthenticatedSession: in one transaction (one commit instead of four), the
 * old session's conditional UPDATE uses its nonce up and closes it (only when the nonce is
 * unused and unexpired at `now` and the session open: single use across instances, as
 * consumeNonce), then the rotated session is inserted. A refused UPDATE returns false with
 * nothing written; a taken id rolls the UPDATE back and throws StorageError 'duplicate-id'.
 */
export async function rotateAuthenticatedSession(
  driver: SqlDriver,
  oldSessionId: string,
  now: Date,
  rotated: Session,
): Promise<boolean> {
  if (
    rotated.state !== 'authenticated' ||
    rotated.nationalNumber === undefined ||
    rotated.authCertificateSha256 === undefined
  ) {
    throw new TypeError('the rotated session must be authenticated, with the holder’s data');
  }
  try {
    return await driver.transaction(async (tx) => {
      const consumed = await tx.run(
        `UPDATE sessions SET nonce_used = 1, state = 'closed'
         WHERE id = ? AND nonce_used = 0 AND nonce_expires_at > ? AND state = 'open'`,
        [oldSessionId, millis(now)],
      );
      if (consumed !== 1) return false;
      await insertSession(tx, rotated);
      return true;
    });
  } catch (error) {
    throw sessionInsertError(driver, error, rotated.id);
  }
}
