import type { SqlDriver, SqlExecutor } from './driver.ts';
import { StorageError } from './errors.ts';
import type { StoredApplication } from './repository.ts';
import { millis, nullable, toApplication } from './rows.ts';

/**
 * Repository.storeApplication: in one transaction, inserts the application (a no-op when its
 * hash is already stored: the idempotency key), moves the enrolment pending →
 * awaiting-confirmation with the holder's name (clearing the code hash: the code is used up),
 * and the session code-bound → submitted. Any refusal rolls everything back and throws a
 * StorageError; a concurrent duplicate waits for the first and then returns its record. A new
 * application's record comes from the INSERT's RETURNING (one round trip less than reading it
 * back); a duplicate's is read.
 */
export async function storeApplication(
  driver: SqlDriver,
  application: StoredApplication,
  holderName: string,
): Promise<StoredApplication> {
  const a = application;
  try {
    return await driver.transaction(async (tx) => {
      const inserted = await tx.all(
        `INSERT INTO applications (id, enrolment_id, session_id, application_sha256, national_number, email, phone,
           application, signature, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (application_sha256) DO NOTHING RETURNING *`,
        [
          a.id,
          a.enrolmentId,
          a.sessionId,
          a.applicationSha256,
          a.nationalNumber,
          a.email,
          nullable(a.phone),
          a.application,
          a.signature,
          millis(a.createdAt),
        ],
      );
      const row = inserted[0];
      if (row !== undefined) {
        const enrolment = await tx.run(
          `UPDATE enrolments SET status = 'awaiting-confirmation', holder_name = ?, code_hash = NULL
           WHERE id = ? AND status = 'pending'`,
          [holderName, a.enrolmentId],
        );
        if (enrolment !== 1)
          throw new StorageError('enrolment-not-pending', `enrolment ${a.enrolmentId} is not pending`);
        const session = await tx.run(
          `UPDATE sessions SET state = 'submitted' WHERE id = ? AND state = 'code-bound' AND enrolment_id = ?`,
          [a.sessionId, a.enrolmentId],
        );
        if (session !== 1) {
          throw new StorageError(
            'session-not-code-bound',
            `session ${a.sessionId} is not bound to ${a.enrolmentId}`,
          );
        }
        return toApplication(row); // the stored row, as RETURNING gave it: no read-back
      }
      return read(tx, a.applicationSha256);
    });
  } catch (error) {
    const violated = driver.uniqueViolation(error);
    if (violated?.startsWith('applications.')) {
      // PostgreSQL: a concurrent insert of the same application may trip another unique index
      // (enrolment_id) before the arbiter (application_sha256). Once it committed, it is the
      // first stored application, and idempotency says to return it.
      const first = await readIfAny(driver, a.applicationSha256);
      if (first !== undefined) return first;
    }
    if (violated === 'applications.enrolment_id') {
      throw new StorageError(
        'enrolment-has-application',
        `enrolment ${a.enrolmentId} already has an application`,
      );
    }
    if (violated === 'applications.id') throw new StorageError('duplicate-id', `application ${a.id} exists`);
    throw error;
  }
}

async function readIfAny(db: SqlExecutor, applicationSha256: string): Promise<StoredApplication | undefined> {
  const row = (
    await db.all('SELECT * FROM applications WHERE application_sha256 = ?', [applicationSha256])
  )[0];
  return row === undefined ? undefined : toApplication(row);
}

async function read(tx: SqlExecutor, applicationSha256: string): Promise<StoredApplication> {
  const stored = await readIfAny(tx, applicationSha256);
  if (stored === undefined)
    throw new Error(`application ${applicationSha256} vanished inside its transaction`);
  return stored;
}
