import { Type } from 'typebox';

/** Options of {@link BytesSchema}. */
export interface BytesOptions {
  /** The most bytes accepted; a bound is mandatory, because the sender may be untrusted. */
  readonly maxLength: number;
  /** The fewest bytes accepted (default 0). */
  readonly minLength?: number;
  /** What the bytes are, for readers of the contract. */
  readonly description?: string;
}

/**
 * A `Uint8Array` in a contract schema (certificates, a photo, a signature). TypeBox 1.x has no
 * `Type.Uint8Array()` (it left the non-JSON types out), so this is an `Unsafe<Uint8Array>`
 * carrying an `x-bytes` marker, refined by an `instanceof` and length check. Text transports
 * carry the bytes as `{ "$bytes": base64 }` (`byte-codec.ts`) and turn them back into a
 * `Uint8Array` before the schema is checked.
 */
export function BytesSchema(options: BytesOptions) {
  const { maxLength, minLength = 0, description } = options;
  const marker = { 'x-bytes': true, minByteLength: minLength, maxByteLength: maxLength };
  const schema = Type.Unsafe<Uint8Array>(description === undefined ? marker : { ...marker, description });
  return Type.Refine(
    schema,
    (value: unknown) => value instanceof Uint8Array && value.length >= minLength && value.length <= maxLength,
    () => `expected a Uint8Array of ${minLength} to ${maxLength} bytes`,
  );
}
