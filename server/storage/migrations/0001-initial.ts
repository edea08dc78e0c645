import type { Migration } from './migration.ts';

/**
 * Enrolments (phone side), sessions (desktop side) and accepted applications. Minimal personal
 * data: codes and poll tokens only as keyed hashes, the code hash cleared once the enrolment
 * leaves `pending`; sessions (national number, certificate hash) are deleted once expired.
 *
 * - `enrolments.code_hash` is UNIQUE (NULLs allowed): two live enrolments never share a code,
 *   so a code always finds the one person who drew it.
 * - `enrolments.bound_session_id` marks the code as used by a session (single use); it is not
 *   a foreign key because sessions are purged while the mark must stay.
 * - `applications.session_id` is not a foreign key either, for the same reason.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE enrolments (
  id TEXT PRIMARY KEY,
  code_hash TEXT UNIQUE,
  code_expires_at BIGINT NOT NULL,
  poll_token_hash TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('pending', 'awaiting-confirmation', 'active', 'expired')),
  holder_name TEXT,
  bound_session_id TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX enrolments_status_code_expires_at ON enrolments (status, code_expires_at);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  nonce_hash TEXT NOT NULL,
  nonce_expires_at BIGINT NOT NULL,
  nonce_used INTEGER NOT NULL CHECK (nonce_used IN (0, 1)),
  state TEXT NOT NULL
    CHECK (state IN ('open', 'authenticated', 'code-bound', 'submitted', 'closed')),
  expires_at BIGINT NOT NULL,
  national_number TEXT,
  auth_certificate_sha256 TEXT,
  enrolment_id TEXT UNIQUE REFERENCES enrolments (id),
  wrong_code_tries INTEGER NOT NULL CHECK (wrong_code_tries >= 0),
  created_at BIGINT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE applications (
  id TEXT PRIMARY KEY,
  enrolment_id TEXT NOT NULL UNIQUE REFERENCES enrolments (id),
  session_id TEXT NOT NULL,
  application_sha256 TEXT NOT NULL UNIQUE,
  national_number TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  application {{bytes}} NOT NULL,
  signature {{bytes}} NOT NULL,
  created_at BIGINT NOT NULL
);
`,
};
