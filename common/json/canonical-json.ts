import { CanonicalJsonError } from './canonical-json-error.ts';
import { serializeJsonString } from './json-string.ts';
import { encodeUtf8 } from './utf8-encode.ts';

/** The JSON values RFC 8785 canonicalises (I-JSON, RFC 7493). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A JSON object; members whose value is `undefined` are not allowed (they are not JSON). */
export interface JsonObject {
  readonly [name: string]: JsonValue;
}

/**
 * Compares property names by their UTF-16 code units as unsigned integers, independent of
 * locale (RFC 8785 §3.2.3): the shorter of two names that share a prefix sorts first.
 */
export function compareUtf16(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/**
 * A number as RFC 8785 §3.2.2.3 serialises it: the ECMAScript `Number.prototype.toString`
 * algorithm (ECMA-262 §7.1.12.1 / Number::toString), which is what the engine's `String()`
 * implements (shortest round-trip digits, exponent from 1e21 and below 1e-6, `-0` → `0`).
 * NaN and ±Infinity are not JSON and throw.
 */
export function serializeJsonNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError(path, 'non-finite number (RFC 8785 §3.2.2.3)');
  return String(value);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeJsonNumber(value, path);
    case 'string':
      return serializeJsonString(value, path);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(path, `${typeof value} is not a JSON value`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => serialize(item, `${path}[${index}]`)).join(',')}]`;
  }
  if (!isPlainObject(value)) throw new CanonicalJsonError(path, 'not a plain object');
  const names = Object.keys(value).sort(compareUtf16);
  const members = names.map((name) => {
    const memberPath = `${path}.${name}`;
    const member = (value as Record<string, unknown>)[name];
    if (member === undefined) throw new CanonicalJsonError(memberPath, 'undefined is not a JSON value');
    return `${serializeJsonString(name, memberPath)}:${serialize(member, memberPath)}`;
  });
  return `{${members.join(',')}}`;
}

/**
 * The RFC 8785 (JSON Canonicalization Scheme) text of `value`: no whitespace (§3.2.1),
 * literals as `null`/`true`/`false`, strings per §3.2.2.2, numbers per §3.2.2.3, object
 * members sorted recursively by UTF-16 code units (§3.2.3), array order kept. Input must be
 * I-JSON made of plain objects, arrays, strings, finite numbers, booleans and null; anything
 * else (undefined, functions, bigint, `Date`, class instances, lone surrogates) throws a
 * {@link CanonicalJsonError}. Duplicate names cannot occur in a JavaScript object.
 */
export function canonicalizeJson(value: unknown): string {
  return serialize(value, '$');
}

/** The UTF-8 bytes (RFC 8785 §3.2.4) of {@link canonicalizeJson}`(value)`: what gets signed. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return encodeUtf8(canonicalizeJson(value));
}
