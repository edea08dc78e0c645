/**
 * A value that cannot be canonicalised under RFC 8785 (JCS): not I-JSON (RFC 7493), e.g. a
 * non-finite number, a lone surrogate, `undefined`, a `Date` or another non-JSON value. The
 * message names the JSON path (`$.applicant.surname`) and the problem, never the value
 * (application data is personal).
 */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
  /** JSON path of the offending value, `$` for the root. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(path === '' ? problem : `${path}: ${problem}`);
    this.path = path;
  }
}
