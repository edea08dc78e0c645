import { ParseError } from '../binary/parse-error.ts';
import { decodeUtf8 } from '../binary/utf8.ts';
import { CanonicalJsonError } from './canonical-json-error.ts';
import { canonicalJsonBytes, type JsonValue } from './canonical-json.ts';

const STRUCTURE = 'canonical JSON';

/** Offset of the first byte where `a` and `b` differ (the shorter length when one is a prefix). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

/**
 * Parses bytes that must be exactly the RFC 8785 canonical form of their own content: strict
 * UTF-8 (RFC 3629; any invalid sequence is an error), JSON (RFC 8259), then re-canonicalised
 * and compared byte for byte. Whitespace, other member orders, escapes such as `\u00e9`,
 * number forms such as `1.0`, duplicate member names (JSON.parse keeps the last one, so the
 * re-serialisation is shorter) and non-I-JSON content all fail with a {@link ParseError}
 * whose offset is the first byte that differs from the canonical form.
 */
export function parseCanonicalJson(bytes: Uint8Array): JsonValue {
  const decoded = decodeUtf8(bytes);
  const invalid = decoded.warnings[0];
  if (invalid !== undefined) throw new ParseError(STRUCTURE, invalid.offset, 'invalid UTF-8');
  let value: JsonValue;
  try {
    value = JSON.parse(decoded.text) as JsonValue;
  } catch {
    throw new ParseError(STRUCTURE, 0, 'not JSON');
  }
  let canonical: Uint8Array;
  try {
    canonical = canonicalJsonBytes(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) throw new ParseError(STRUCTURE, 0, `not I-JSON (${error.path})`);
    throw error;
  }
  if (canonical.length !== bytes.length || firstDifference(canonical, bytes) !== bytes.length) {
    throw new ParseError(STRUCTURE, firstDifference(canonical, bytes), 'not in RFC 8785 canonical form');
  }
  return value;
}
