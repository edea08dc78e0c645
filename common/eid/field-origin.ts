import { ParseError } from '../binary/parse-error.ts';

/**
 * Where a text field came from, so a field parser's {@link ParseError} names the file, the
 * tag and the value's byte offset (e.g. `identity file tag 0C`, offset 93) instead of its
 * content, which can be personal data.
 */
export interface FieldOrigin {
  readonly structure: string;
  readonly offset: number;
}

/** A {@link ParseError} for a field value that does not have its documented format. */
export function fieldError(origin: FieldOrigin, problem: string): ParseError {
  return new ParseError(origin.structure, origin.offset, problem);
}
