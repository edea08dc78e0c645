import type { Row, SqlValue } from './driver.ts';
import type { Enrolment, EnrolmentStatus, Session, SessionState, StoredApplication } from './repository.ts';

/*
 * Row ↔ entity mapping shared by both drivers. PostgreSQL returns BIGINT as a string and
 * BYTEA as a Buffer, SQLite returns numbers and Uint8Array: everything goes through these.
 */

/** Epoch milliseconds of a Date, as stored. */
export function millis(date: Date): number {
  return date.getTime();
}

/** An optional value as a parameter (undefined → NULL). */
export function nullable(value: string | undefined): SqlValue {
  return value ?? null;
}

function time(row: Row, column: string): Date {
  return new Date(Number(row[column]));
}

function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`column ${column}: expected text`);
  return value;
}

function optionalText(row: Row, column: string): string | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : text(row, column);
}

function bytes(row: Row, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) throw new Error(`column ${column}: expected bytes`);
  return new Uint8Array(value); // a plain copy, also of a pg Buffer
}

/** An enrolment row as the entity; a cleared code hash reads as ''. */
export function toEnrolment(row: Row): Enrolment {
  return {
    id: text(row, 'id'),
    codeHash: optionalText(row, 'code_hash') ?? '',
    codeExpiresAt: time(row, 'code_expires_at'),
    pollTokenHash: text(row, 'poll_token_hash'),
    status: text(row, 'status') as EnrolmentStatus,
    holderName: optionalText(row, 'holder_name'),
    createdAt: time(row, 'created_at'),
  };
}

/** A session row as the entity. */
export function toSession(row: Row): Session {
  return {
    id: text(row, 'id'),
    nonceHash: text(row, 'nonce_hash'),
    nonceExpiresAt: time(row, 'nonce_expires_at'),
    nonceUsed: Number(row['nonce_used']) === 1,
    state: text(row, 'state') as SessionState,
    expiresAt: time(row, 'expires_at'),
    nationalNumber: optionalText(row, 'national_number'),
    authCertificateSha256: optionalText(row, 'auth_certificate_sha256'),
    enrolmentId: optionalText(row, 'enrolment_id'),
    wrongCodeTries: Number(row['wrong_code_tries']),
    createdAt: time(row, 'created_at'),
  };
}

/** An application row as the entity. */
export function toApplication(row: Row): StoredApplication {
  return {
    id: text(row, 'id'),
    enrolmentId: text(row, 'enrolment_id'),
    sessionId: text(row, 'session_id'),
    applicationSha256: text(row, 'application_sha256'),
    nationalNumber: text(row, 'national_number'),
    email: text(row, 'email'),
    phone: optionalText(row, 'phone'),
    application: bytes(row, 'application'),
    signature: bytes(row, 'signature'),
    createdAt: time(row, 'created_at'),
  };
}
