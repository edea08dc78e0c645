import { describe, expect, it } from 'vitest';
import type { PinpadVerifyRequest } from '../../../../../native/belpic/card-channel.ts';
import { buildPinVerifyStructure } from '../../../../../native/pcsc/index.ts';

const hex = (text: string): Uint8Array =>
  Uint8Array.from(text.split(/\s+/).filter(Boolean), (b) => parseInt(b, 16));

/** Hex bytes, one field a line, each with a `// name` comment. */
const fromAnnotated = (text: string): Uint8Array => hex(text.replace(/\/\/.*$/gm, ''));

/** The BELPIC parameters of belpic-protocol.md §6.4. */
const BELPIC: PinpadVerifyRequest = {
  timeoutSeconds: 30,
  formatString: 0x89,
  pinBlockString: 0x47,
  pinLengthFormat: 0x04,
  minDigits: 4,
  maxDigits: 12,
  entryValidation: 0x02,
  languageId: 0x0413,
  apduTemplate: hex('00 20 00 01 08 20 FF FF FF FF FF FF FF'),
};

describe('buildPinVerifyStructure (PC/SC part 10 §2.5.2)', () => {
  it('produces the 32 bytes of belpic-protocol.md §6.4 for Dutch (wLangId 0x0413)', () => {
    // Written by hand from the document, field by field.
    const expected = fromAnnotated(`
      1E          // bTimerOut
      1E          // bTimerOut2
      89          // bmFormatString
      47          // bmPINBlockString
      04          // bmPINLengthFormat
      0C 04       // wPINMaxExtraDigit
      02          // bEntryValidationCondition
      01          // bNumberMessage
      13 04       // wLangId
      00          // bMsgIndex
      00 00 00    // bTeoPrologue
      0D 00 00 00 // ulDataLength
      00 20 00 01 08 20 FF FF FF FF FF FF FF // abData
    `);

    const structure = buildPinVerifyStructure(BELPIC);

    expect(structure).toHaveLength(32);
    expect([...structure]).toEqual([...expected]);
  });

  it('puts the language little-endian and the digit limits as max, min (GemPC max 8, English)', () => {
    const structure = buildPinVerifyStructure({
      ...BELPIC,
      maxDigits: 8,
      languageId: 0x0409,
      timeoutSeconds: 15,
    });

    expect([...structure.subarray(0, 12)]).toEqual([
      0x0f, 0x0f, 0x89, 0x47, 0x04, 0x08, 0x04, 0x02, 0x01, 0x09, 0x04, 0x00,
    ]);
  });

  it('writes ulDataLength little-endian for a longer template', () => {
    const structure = buildPinVerifyStructure({ ...BELPIC, apduTemplate: new Uint8Array(300) });

    expect([...structure.subarray(15, 19)]).toEqual([0x2c, 0x01, 0x00, 0x00]);
    expect(structure).toHaveLength(319);
  });

  it.each([
    ['a timeout above 255 s', { timeoutSeconds: 256 }],
    ['a negative format byte', { formatString: -1 }],
    ['a fractional digit count', { maxDigits: 8.5 }],
    ['min above max', { minDigits: 9, maxDigits: 8 }],
    ['a language id above 16 bits', { languageId: 0x10000 }],
    ['a template shorter than an APDU header', { apduTemplate: hex('00 20 00') }],
  ])('refuses %s', (_what, change) => {
    expect(() => buildPinVerifyStructure({ ...BELPIC, ...change })).toThrow(RangeError);
  });
});
