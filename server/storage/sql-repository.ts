import { bindCode } from './bind-code.ts';
import { createEnrolment } from './create-enrolment.ts';
import type { Row, SqlDriver } from './driver.ts';
import { StorageError } from './errors.ts';
import { applyMigrations } from './migrations/runner.ts';
import type { Repository, Session } from './repository.ts';
import { millis, toApplication, toEnrolment, toSession } from './rows.ts';
import { insertSession, rotateAuthenticatedSession, sessionInsertError } from './rotate-session.ts';
import { storeApplication } from './store-application.ts';

/**
 * The repository over either driver (SQLite or PostgreSQL), with the same SQL. Every state
 * transition is one conditional UPDATE (`... WHERE state = 'open'`) or one transaction, so it
 * stays atomic with several service instances. Transactions that touch several tables change
 * rows in the same order (applications, enrolments, sessions), so they cannot deadlock.
 */
export function createSqlRepository(driver: SqlDriver): Repository {
  const one = async <T>(
    map: (row: Row) => T,
    sql: string,
    params: readonly string[],
  ): Promise<T | undefined> => {
    const row = (await driver.all(sql, params))[0];
    return row === undefined ? undefined : map(row);
  };
  const changed = async (sql: string, params: readonly (string | number)[]): Promise<boolean> =>
    (await driver.run(sql, params)) === 1;

  return {
    migrate: async () => {
      await applyMigrations(driver);
    },
    close: () => driver.close(),

    createEnrolment: (enrolment) => createEnrolment(driver, enrolment),
    getEnrolment: (id) => one(toEnrolment, 'SELECT * FROM enrolments WHERE id = ?', [id]),
    findPendingEnrolmentByCodeHash: async (codeHash, now) =>
      (
        await driver.all(
          `SELECT * FROM enrolments WHERE code_hash = ? AND status = 'pending' AND code_expires_at > ?`,
          [codeHash, millis(now)],
        )
      ).map(toEnrolment)[0],
    confirmEnrolment: (id) =>
      changed(`UPDATE enrolments SET status = 'active' WHERE id = ? AND status = 'awaiting-confirmation'`, [
        id,
      ]),

    createSession: (session) => createSession(driver, session),
    getSession: (id) => one(toSession, 'SELECT * FROM sessions WHERE id = ?', [id]),
    consumeNonce: (sessionId, now) =>
      changed('UPDATE sessions SET nonce_used = 1 WHERE id = ? AND nonce_used = 0 AND nonce_expires_at > ?', [
        sessionId,
        millis(now),
      ]),
    authenticateSession: (sessionId, nationalNumber, authCertificateSha256) =>
      changed(
        `UPDATE sessions SET state = 'authenticated', national_number = ?, auth_certificate_sha256 = ?
         WHERE id = ? AND state = 'open'`,
        [nationalNumber, authCertificateSha256, sessionId],
      ),
    rotateAuthenticatedSession: (oldSessionId, now, rotated) =>
      rotateAuthenticatedSession(driver, oldSessionId, now, rotated),
    recordWrongCode: async (sessionId, maxTries) => {
      const rows = await driver.all(
        `UPDATE sessions SET wrong_code_tries = wrong_code_tries + 1,
           state = CASE WHEN wrong_code_tries + 1 >= ? THEN 'closed' ELSE state END
         WHERE id = ? RETURNING wrong_code_tries`,
        [maxTries, sessionId],
      );
      if (rows[0] === undefined) throw new StorageError('session-not-found', `no session ${sessionId}`);
      return Number(rows[0]['wrong_code_tries']);
    },
    bindCode: (sessionId, enrolmentId) => bindCode(driver, sessionId, enrolmentId),
    closeSession: async (sessionId) => {
      await driver.run(`UPDATE sessions SET state = 'closed' WHERE id = ?`, [sessionId]);
    },

    storeApplication: (application, holderName) => storeApplication(driver, application, holderName),
    getApplicationByHash: (hash) =>
      one(toApplication, 'SELECT * FROM applications WHERE application_sha256 = ?', [hash]),
    countApplications: async () =>
      Number((await driver.all('SELECT COUNT(*) AS n FROM applications'))[0]?.['n']),

    purgeExpired: (now) =>
      driver.transaction(async (tx) => {
        const codes = await tx.run(
          `UPDATE enrolments SET status = 'expired', code_hash = NULL
           WHERE status = 'pending' AND code_expires_at <= ?`,
          [millis(now)],
        );
        const sessions = await tx.run('DELETE FROM sessions WHERE expires_at <= ?', [millis(now)]);
        return codes + sessions;
      }),
  };
}

async function createSession(driver: SqlDriver, s: Session): Promise<void> {
  try {
    await insertSession(driver, s);
  } catch (error) {
    throw sessionInsertError(driver, error, s.id);
  }
}
