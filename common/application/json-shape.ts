import { ParseError } from '../binary/parse-error.ts';
import type { JsonObject, JsonValue } from '../json/canonical-json.ts';

const STRUCTURE = 'account application';

/** A {@link ParseError} about the member at `path`; the message never contains the value. */
export function shapeError(path: string, problem: string): ParseError {
  return new ParseError(STRUCTURE, 0, `${path}: ${problem}`);
}

/**
 * `value` as an object with exactly the `required` members and at most the `optional` ones
 * (a strict schema: unknown members are an error, as is a missing one).
 */
export function exactObject(
  value: JsonValue | undefined,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw shapeError(path, 'expected an object');
  }
  const object = value as JsonObject;
  for (const name of required) if (!(name in object)) throw shapeError(`${path}.${name}`, 'missing');
  for (const name of Object.keys(object)) {
    if (!required.includes(name) && !optional.includes(name))
      throw shapeError(`${path}.${name}`, 'unknown member');
  }
  return object;
}

/** Longest text member accepted (the identity file's longest field is 60 bytes; e-mail 254). */
const MAX_TEXT = 512;

/** `object[name]` as a string of at most {@link MAX_TEXT} characters matching `pattern`. */
export function text(object: JsonObject, name: string, path: string, pattern?: RegExp): string {
  const value = object[name];
  if (typeof value !== 'string') throw shapeError(`${path}.${name}`, 'expected a string');
  if (value.length > MAX_TEXT) throw shapeError(`${path}.${name}`, 'too long');
  if (pattern !== undefined && !pattern.test(value)) throw shapeError(`${path}.${name}`, 'wrong format');
  return value;
}

/** `object[name]` as an integer in `[min, max]`. */
export function integer(object: JsonObject, name: string, path: string, min: number, max: number): number {
  const value = object[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw shapeError(`${path}.${name}`, `expected an integer in ${min}..${max}`);
  }
  return value;
}
