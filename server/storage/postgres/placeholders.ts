const cache = new Map<string, string>();

/**
 * The shared statements use `?` placeholders (SQLite); PostgreSQL numbers them: `$1`, `$2`, ….
 * The statements contain no `?` inside literals or identifiers, so a plain scan suffices.
 */
export function numberPlaceholders(sql: string): string {
  let numbered = cache.get(sql);
  if (numbered === undefined) {
    let n = 0;
    numbered = sql.replace(/\?/g, () => `$${++n}`);
    cache.set(sql, numbered);
  }
  return numbered;
}
