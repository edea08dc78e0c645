import { FEATURE, type FeatureName, type PcscFeatures } from './feature-tags.ts';

/** Thrown for a feature list that is not a sequence of `tag 04 code(4)` entries. */
export class Part10ParseError extends Error {
  override readonly name = 'Part10ParseError';
}

const NAME_BY_TAG: ReadonlyMap<number, FeatureName> = new Map(
  Object.entries(FEATURE).map(([name, tag]) => [tag, name as FeatureName]),
);

/**
 * Parses the answer to CM_IOCTL_GET_FEATURE_REQUEST (PC/SC part 10 v2.02.09 §2.3): a list of
 * PCSC_TLV_STRUCTURE entries,
 * ```
 * tag (1)  length (1) = 04  value (4) = control code, big-endian
 * ```
 * into feature → control code. Unknown tags are skipped; an empty answer is no features; a
 * length other than 4 or a truncated entry throws {@link Part10ParseError}.
 */
export function parseFeatureList(bytes: Uint8Array): PcscFeatures {
  const features = new Map<FeatureName, number>();
  let offset = 0;
  while (offset < bytes.length) {
    const tag = bytes[offset]!;
    const length = bytes[offset + 1];
    if (length !== 4) {
      throw new Part10ParseError(
        `feature 0x${hex(tag)} at offset ${offset}: length must be 4, got ${length}`,
      );
    }
    if (offset + 6 > bytes.length) throw new Part10ParseError(`feature 0x${hex(tag)} truncated`);
    const code = new DataView(bytes.buffer, bytes.byteOffset + offset + 2, 4).getUint32(0, false);
    const name = NAME_BY_TAG.get(tag);
    if (name !== undefined) features.set(name, code);
    offset += 6;
  }
  return features;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
