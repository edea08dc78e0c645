/**
 * ATRs of Belgian eID cards (belpic-protocol.md §1.1). The ATR only proposes a generation:
 * 1.1 and 1.7 share one ATR, and the 1.8 historical bytes are shared with other Thales
 * IDPrime cards, so GET CARD DATA always confirms (§1.4).
 */
export interface AtrPattern {
  /** What the entry stands for. */
  readonly description: string;
  readonly value: readonly number[];
  /** Bits that must match (1) and bits that vary between cards (0). */
  readonly mask: readonly number[];
}

export const BELGIAN_EID_ATRS: readonly AtrPattern[] = [
  {
    // 13-byte family: V1.0/V1.1 and applet 1.7 ("new chip", perso 03 kept the ATR). Mask of the
    // Fedict minidriver registration and libelectronic-id [EIDMW-WXS], [LIBEID].
    description: 'Belgian eID applet 1.0 to 1.7 (13-byte ATR family)',
    value: [0x3b, 0x98, 0x00, 0x40, 0x00, 0xa5, 0x03, 0x01, 0x01, 0x01, 0xad, 0x13, 0x00],
    mask: [0xff, 0xff, 0x00, 0xff, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00],
  },
  {
    // Applet 1.8 (perso version 04, 2020-09-01), matched exactly by every host [CONT54 §2.3].
    description: 'Belgian eID applet 1.8',
    value: [
      0x3b, 0x7f, 0x96, 0x00, 0x00, 0x80, 0x31, 0x80, 0x65, 0xb0, 0x85, 0x04, 0x01, 0x20, 0x12, 0x0f, 0xff,
      0x82, 0x90, 0x00,
    ],
    mask: Array.from({ length: 20 }, () => 0xff),
  },
];

/** The table entry an ATR matches, or undefined (then the card may still be probed, §11). */
export function matchAtr(atr: Uint8Array): AtrPattern | undefined {
  return BELGIAN_EID_ATRS.find(
    (pattern) =>
      pattern.value.length === atr.length &&
      pattern.value.every((byte, i) => ((atr[i] as number) & (pattern.mask[i] as number)) === byte),
  );
}
