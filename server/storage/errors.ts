/** Why the repository refused a write; a stable machine-readable string. */
export type StorageErrorCode =
  /** An entity with this id already exists. */
  | 'duplicate-id'
  /** Another enrolment holds this code hash: draw a new code and try again. */
  | 'code-hash-in-use'
  /** The enrolment already has an application (an enrolment gets at most one). */
  | 'enrolment-has-application'
  /** storeApplication: the session is not code-bound to the application's enrolment. */
  | 'session-not-code-bound'
  /** storeApplication: the enrolment is no longer pending (e.g. its code expired). */
  | 'enrolment-not-pending'
  /** The session does not exist (or was purged). */
  | 'session-not-found';

/**
 * A write the repository refused; nothing of it was stored. The service maps `code` to its
 * own error codes.
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string = code) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** True when `error` is a StorageError (with `code`, when given). */
export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}
