import type { SqlDriver } from './driver.ts';

/** Thrown inside the transaction to roll it back. */
class NotAuthenticated extends Error {}

/**
 * Repository.bindCode: marks the enrolment's code used by the session (pending and not yet
 * bound: single use) and moves the session authenticated → code-bound, or does neither. Two
 * sessions racing for one enrolment: the enrolment row's conditional UPDATE lets one through;
 * on PostgreSQL the other waits for its commit, re-checks `bound_session_id IS NULL` and gets 0
 * rows.
 */
export async function bindCode(driver: SqlDriver, sessionId: string, enrolmentId: string): Promise<boolean> {
  try {
    return await driver.transaction(async (tx) => {
      const enrolment = await tx.run(
        `UPDATE enrolments SET bound_session_id = ?
         WHERE id = ? AND status = 'pending' AND bound_session_id IS NULL`,
        [sessionId, enrolmentId],
      );
      if (enrolment !== 1) return false;
      const session = await tx.run(
        `UPDATE sessions SET state = 'code-bound', enrolment_id = ? WHERE id = ? AND state = 'authenticated'`,
        [enrolmentId, sessionId],
      );
      if (session !== 1) throw new NotAuthenticated(); // rolls the enrolment's mark back
      return true;
    });
  } catch (error) {
    if (error instanceof NotAuthenticated) return false;
    // Defence in depth: sessions.enrolment_id is UNIQUE as well.
    if (driver.uniqueViolation(error) === 'sessions.enrolment_id') return false;
    throw error;
  }
}
