import type { SqlDriver } from './driver.ts';
import { StorageError } from './errors.ts';
import type { Enrolment } from './repository.ts';
import { millis, nullable } from './rows.ts';

/**
 * Repository.createEnrolment. Code hashes are UNIQUE, so two live enrolments never share a
 * code even when several service instances draw the same one at once. A pending enrolment
 * whose code had expired by `createdAt` gives its code up first (it becomes `expired`, as
 * purgeExpired would make it); a live one makes this throw StorageError 'code-hash-in-use'.
 */
export async function createEnrolment(driver: SqlDriver, e: Enrolment): Promise<void> {
  try {
    await driver.transaction(async (tx) => {
      if (e.codeHash !== '') {
        await tx.run(
          `UPDATE enrolments SET status = 'expired', code_hash = NULL
           WHERE code_hash = ? AND status = 'pending' AND code_expires_at <= ?`,
          [e.codeHash, millis(e.createdAt)],
        );
      }
      await tx.run(
        `INSERT INTO enrolments (id, code_hash, code_expires_at, poll_token_hash, status, holder_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          e.id,
          e.codeHash === '' ? null : e.codeHash,
          millis(e.codeExpiresAt),
          e.pollTokenHash,
          e.status,
          nullable(e.holderName),
          millis(e.createdAt),
        ],
      );
    });
  } catch (error) {
    const violated = driver.uniqueViolation(error);
    if (violated === 'enrolments.id') throw new StorageError('duplicate-id', `enrolment ${e.id} exists`);
    if (violated === 'enrolments.code_hash') {
      throw new StorageError('code-hash-in-use', 'a live enrolment has this code: draw another');
    }
    throw error;
  }
}
