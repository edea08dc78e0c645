import { decodeBase64, encodeBase64 } from '../pki/base64.ts';
import { ContractError } from './contract-error.ts';

/**
 * Bytes through JSON. A text transport cannot carry a `Uint8Array`, so before `JSON.stringify`
 * each one becomes `{ "$bytes": "<standard base64>" }` and after `JSON.parse` each object of
 * exactly that shape becomes a `Uint8Array` again. The contract's schemas are checked after
 * decoding, so a `$bytes` object where the schema wants a string still fails validation.
 * An object that really has a single `$bytes` string property cannot be sent (it would come
 * out as bytes): encoding throws instead of corrupting it.
 */
export const BYTES_KEY = '$bytes';

/** How deep values may nest; deeper is refused rather than risking the stack. */
export const MAX_DEPTH = 64;

/** `value` with every `Uint8Array` replaced by its `$bytes` object; ready for `JSON.stringify`. */
export function encodeBytes(value: unknown): unknown {
  return walk(
    value,
    0,
    (bytes) => ({ [BYTES_KEY]: encodeBase64(bytes) }),
    (object) => {
      if (isBytesObject(object)) throw ContractError.of('internal', { reason: 'reserved-bytes-key' });
      return undefined;
    },
  );
}

/**
 * `value` (fresh from `JSON.parse`) with every `$bytes` object replaced by its bytes. Throws a
 * `ContractError` `bad-envelope` on bad base64 or nesting deeper than {@link MAX_DEPTH}.
 */
export function decodeBytes(value: unknown): unknown {
  return walk(
    value,
    0,
    (bytes) => bytes,
    (object) => {
      if (!isBytesObject(object)) return undefined;
      try {
        return decodeBase64(object[BYTES_KEY], 'bytes');
      } catch {
        throw ContractError.of('bad-envelope', { reason: 'bad-base64' });
      }
    },
  );
}

function isBytesObject(object: object): object is { readonly [BYTES_KEY]: string } {
  const keys = Object.keys(object);
  return (
    keys.length === 1 &&
    keys[0] === BYTES_KEY &&
    typeof (object as Record<string, unknown>)[BYTES_KEY] === 'string'
  );
}

/**
 * Copies `value`, mapping byte arrays with `onBytes` and letting `onObject` replace a plain
 * object (or return `undefined` to copy it). `Object.fromEntries` defines properties, so a
 * `__proto__` key from the wire stays an ordinary property instead of changing a prototype.
 */
function walk(
  value: unknown,
  depth: number,
  onBytes: (bytes: Uint8Array) => unknown,
  onObject: (object: object) => unknown,
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) throw ContractError.of('bad-envelope', { reason: 'too-deep' });
  if (value instanceof Uint8Array) return onBytes(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, onBytes, onObject));
  const replaced = onObject(value);
  if (replaced !== undefined) return replaced;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, walk(item, depth + 1, onBytes, onObject)]),
  );
}
