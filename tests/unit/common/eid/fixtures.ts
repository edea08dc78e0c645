/**
 * Test inputs for the eID parsers, built without the code under test: card images of the
 * virtual card (its own TLV encoder, tests/virtual-card/card-data/) and hand-written bytes.
 */
import { ParseError } from '../../../../common/binary/parse-error.ts';
import { FID } from '../../../virtual-card/applet/file-system.ts';
import { concat } from '../../../virtual-card/card-data/der.ts';
import { encodeTlvFile, type TlvRecord } from '../../../virtual-card/card-data/tlv-file.ts';
import { buildCardImage, cardIds, type CardImage } from '../../../virtual-card/index.ts';

export { concat, encodeTlvFile, FID, type TlvRecord };
export { hex } from '../../../support/hex.ts';

/** Every virtual card id (`citizen-1.7` … `no-signing-cert-1.8`). */
export const CARD_IDS: readonly string[] = cardIds();

const images = new Map<string, CardImage>();

/** The card image `id`, built once per test file. */
export function cardImage(id: string): CardImage {
  let image = images.get(id);
  if (image === undefined) {
    image = buildCardImage(id);
    images.set(id, image);
  }
  return image;
}

/** A file of DF(ID) `DF01` of card `id`. */
export function idFile(id: string, fid: number): Uint8Array {
  const file = cardImage(id).files.id.get(fid);
  if (file === undefined) throw new Error(`card ${id} has no file ${fid.toString(16)}`);
  return file;
}

/** UTF-8 bytes of a string (Node's encoder, not the decoder under test). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * One hand-written TLV record: tag, the given length bytes (default: one byte, the value's
 * length, for values below 255) and the value.
 */
export function rawRecord(
  tag: number,
  value: Uint8Array | string,
  lengthBytes?: readonly number[],
): Uint8Array {
  const bytes = typeof value === 'string' ? utf8(value) : value;
  if (lengthBytes === undefined && bytes.length >= 0xff)
    throw new Error('give the length bytes for long values');
  return concat(Uint8Array.of(tag, ...(lengthBytes ?? [bytes.length])), bytes);
}

/** `n` bytes of `fill`. */
export function filled(n: number, fill: number): Uint8Array {
  return new Uint8Array(n).fill(fill);
}

/** The {@link ParseError} that `action` throws (fails the test if it throws nothing or something else). */
export function parseErrorOf(action: () => unknown): ParseError {
  try {
    action();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError, nothing was thrown');
}
