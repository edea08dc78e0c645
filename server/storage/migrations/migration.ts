/**
 * One schema change. `sql` is written in the common subset of SQLite and PostgreSQL: TEXT
 * ids, BIGINT epoch-millisecond times, INTEGER 0/1 flags, and `{{bytes}}` for binary columns
 * (BLOB in SQLite, BYTEA in PostgreSQL), the one type the dialects spell differently.
 */
export interface Migration {
  /** Applied in ascending order; never reused or renumbered once released. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
