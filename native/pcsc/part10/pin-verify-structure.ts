import type { PinpadVerifyRequest } from '../../belpic/card-channel.ts';

/** Bytes of PIN_VERIFY_STRUCTURE before abData. */
const HEADER_LENGTH = 19;

/**
 * Builds the PC/SC part 10 PIN_VERIFY_STRUCTURE (v2.02.09 §2.5.2; pcsc-lite `reader.h`) sent
 * with FEATURE_VERIFY_PIN_DIRECT. Multi-byte fields are little-endian. For BELPIC
 * (belpic-protocol.md §6.4) it is the 32 bytes
 * ```
 * 1E 1E 89 47 04 | 0C 04 | 02 01 | wLangId(LE) | 00 | 00 00 00 | 0D 00 00 00 | 00 20 00 01 08 20 FF×7
 * ```
 * i.e. bTimerOut, bTimerOut2, bmFormatString, bmPINBlockString, bmPINLengthFormat,
 * wPINMaxExtraDigit (0xXXYY, XX = minimum, YY = maximum digits, so the bytes are `max min`),
 * bEntryValidationCondition, bNumberMessage = 1, wLangId, bMsgIndex = 0, bTeoPrologue = 0,
 * ulDataLength, abData (the VERIFY template the reader fills with the PIN). No PIN is in it.
 */
export function buildPinVerifyStructure(request: PinpadVerifyRequest): Uint8Array {
  const template = request.apduTemplate;
  if (template.length < 4)
    throw new RangeError('PIN_VERIFY_STRUCTURE: the APDU template is shorter than 4 bytes');
  if (request.minDigits > request.maxDigits) {
    throw new RangeError('PIN_VERIFY_STRUCTURE: minDigits is greater than maxDigits');
  }
  const out = new Uint8Array(HEADER_LENGTH + template.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, byte('timeoutSeconds', request.timeoutSeconds)); // bTimerOut
  view.setUint8(1, byte('timeoutSeconds', request.timeoutSeconds)); // bTimerOut2
  view.setUint8(2, byte('formatString', request.formatString)); // bmFormatString
  view.setUint8(3, byte('pinBlockString', request.pinBlockString)); // bmPINBlockString
  view.setUint8(4, byte('pinLengthFormat', request.pinLengthFormat)); // bmPINLengthFormat
  view.setUint8(5, byte('maxDigits', request.maxDigits)); // wPINMaxExtraDigit, low byte
  view.setUint8(6, byte('minDigits', request.minDigits)); // wPINMaxExtraDigit, high byte
  view.setUint8(7, byte('entryValidation', request.entryValidation)); // bEntryValidationCondition
  view.setUint8(8, 0x01); // bNumberMessage
  view.setUint16(9, word('languageId', request.languageId), true); // wLangId
  view.setUint8(11, 0x00); // bMsgIndex
  // bTeoPrologue (12..14) stays 00 00 00: no T=1 prologue, the reader builds it.
  view.setUint32(15, template.length, true); // ulDataLength
  out.set(template, HEADER_LENGTH); // abData
  return out;
}

function byte(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new RangeError(`PIN_VERIFY_STRUCTURE: ${field} must be an integer 0..255`);
  }
  return value;
}

function word(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff) {
    throw new RangeError(`PIN_VERIFY_STRUCTURE: ${field} must be an integer 0..65535`);
  }
  return value;
}
