/**
 * The little that differs between SQLite and PostgreSQL, behind one interface, so that the
 * repository logic (sql-repository.ts) and its SQL are written once. Statements use `?`
 * placeholders and the common subset of both dialects; the PostgreSQL driver numbers them.
 */

/** What the databases accept as a parameter. */
export type SqlValue = string | number | Uint8Array | null;

/** A result row, column name to value, as the driver returns it (see rows.ts). */
export type Row = Readonly<Record<string, unknown>>;

export type Dialect = 'sqlite' | 'postgres';

/** Runs statements, inside or outside a transaction. */
export interface SqlExecutor {
  /** Rows of a query (or of a statement with RETURNING). */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A database connection (or pool) with transactions. */
export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * SQLite takes the write lock at once (BEGIN IMMEDIATE); PostgreSQL runs READ COMMITTED,
   * so the repository relies on conditional UPDATEs, which re-check their WHERE clause after
   * waiting for a concurrent writer of the same row.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** `table.column` of the UNIQUE or PRIMARY KEY constraint that `error` violated, if it is one. */
  uniqueViolation(error: unknown): string | undefined;
  close(): Promise<void>;
}
