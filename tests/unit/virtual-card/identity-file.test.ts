import { describe, expect, it } from 'vitest';
import { image, isZeroFrom, newCard, readFile, send } from './apdu-helpers.ts';
import { parseTlvFile, text, tlvEnd, tlvMap } from './tlv-parser.ts';

/** Identity file 4031 and address file 4033 (belpic-protocol.md §4), parsed here with the official TLV rule. */
const MONTHS: Record<string, number> = {};
for (const table of [
  ['JAN', 'FEV', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOUT', 'SEPT', 'OCT', 'NOV', 'DEC'],
  ['JAN', 'FEB', 'MAAR', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'],
  ['JAN', 'FEB', 'MÄR', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEZ'],
]) {
  table.forEach((token, i) => (MONTHS[token] = i + 1));
}

/** §4.3 recommended parser: day before the first `.`/space, month token, year = last 4 characters. */
function parseBirthDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{1,2})[. ]+([^. ]+)\.? *(\d{4})$/u.exec(value);
  if (!match) throw new Error(`unparsable birth date '${value}'`);
  const month = MONTHS[match[2]!];
  if (month === undefined) throw new Error(`unknown month '${match[2]}'`);
  return { day: Number(match[1]), month, year: Number(match[3]) };
}

/** Check digits of a national number: 97 − (first 9 digits mod 97), with a leading 2 for births from 2000. */
function checkDigits(nationalNumber: string, bornFrom2000: boolean): number {
  const base = BigInt((bornFrom2000 ? '2' : '') + nationalNumber.slice(0, 9));
  return 97 - Number(base % 97n);
}

const pad2 = (n: number): string => n.toString().padStart(2, '0');

describe.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.8', 'kids-1.7', 'kids-1.8'])(
  'identity file (%s)',
  (id) => {
    const read = (path: string) => readFile(newCard(id), path);

    it('is TLV in ascending tag order, no tag 00, every length a single byte below 80, zero padded', async () => {
      const file = await read('3F00 DF01 4031');

      const records = parseTlvFile(file);

      expect(records[0]!.tag).toBe(0x01);
      const tags = records.map((r) => r.tag);
      expect(tags).toEqual([...tags].sort((a, b) => a - b));
      expect(new Set(tags).size).toBe(tags.length);
      for (const r of records)
        expect(r.lengthBytes.length === 1 && r.lengthBytes[0]! < 0x80, `tag ${r.tag}`).toBe(true);
      expect(isZeroFrom(file, tlvEnd(file))).toBe(true);
    });

    it('has the mandatory records in their documented formats', async () => {
      const tlv = tlvMap(await read('3F00 DF01 4031'));

      expect(text(tlv.get(0x01))).toMatch(/^(\d{12}|[A-Z]?\d{9})$/);
      expect(text(tlv.get(0x03))).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(text(tlv.get(0x04))).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(text(tlv.get(0x06))).toMatch(/^\d{11}$/);
      expect(['M', 'F', 'V', 'W']).toContain(text(tlv.get(0x0d)));
      expect(text(tlv.get(0x10))).toMatch(/^[0-5]$/);
      for (const tag of [0x05, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0e])
        expect(() => text(tlv.get(tag))).not.toThrow();
    });

    it('stores the chip serial of GET CARD DATA in tag 02', async () => {
      const card = newCard(id);
      const serial = (await send(card, '80 E4 00 00 1C')).data.subarray(0, 16);

      const tlv = tlvMap(await readFile(card, '3F00 DF01 4031'));

      expect(tlv.get(0x02)).toEqual(serial);
      expect(serial).toEqual(image(id).serial);
    });

    it('has a national number equal to the image, matching the birth date and its check digits', async () => {
      const tlv = tlvMap(await read('3F00 DF01 4031'));
      const nationalNumber = text(tlv.get(0x06));
      const birth = parseBirthDate(text(tlv.get(0x0c)));

      const expectedCheck = checkDigits(nationalNumber, birth.year >= 2000);

      expect(nationalNumber).toBe(image(id).nationalNumber);
      expect(nationalNumber.slice(0, 6)).toBe(
        `${pad2(birth.year % 100)}${pad2(birth.month)}${pad2(birth.day)}`,
      );
      expect(Number(nationalNumber.slice(9))).toBe(expectedCheck);
      expect(Number(nationalNumber.slice(9))).not.toBe(checkDigits(nationalNumber, birth.year < 2000));
    });

    it('has the photo hash length of its generation in tag 11 and tag 1A only on 1.8', async () => {
      const tlv = tlvMap(await read('3F00 DF01 4031'));

      expect(tlv.get(0x11)!.length).toBe(id.endsWith('1.7') ? 32 : 48);
      expect(tlv.has(0x1a)).toBe(id.endsWith('1.8'));
      if (id.endsWith('1.8')) expect(tlv.get(0x1a)!.length).toBe(48);
    });

    it('has an address file of fixed size with records 01–03 and zero padding', async () => {
      const file = await read('3F00 DF01 4033');

      const records = parseTlvFile(file);

      expect([117, 121]).toContain(file.length);
      expect(records.map((r) => r.tag)).toEqual([0x01, 0x02, 0x03]);
      expect(text(records[1]!.value)).toMatch(/^\d{4}$/);
      expect(isZeroFrom(file, tlvEnd(file))).toBe(true);
      expect(file[file.length - 1]).toBe(0);
    });
  },
);

describe('document types (§4.4)', () => {
  it.each([
    ['citizen-1.8', 1],
    ['kids-1.8', 6],
    ['kids-1.7', 6],
  ])('%s has document type %i (parsed numerically)', async (id, expected) => {
    const tlv = tlvMap(await readFile(newCard(id), '3F00 DF01 4031'));

    expect(Number(text(tlv.get(0x0f)))).toBe(expected);
  });

  it('the kids card holder is born from 2000 on (post-2000 check digit rule applies)', async () => {
    const tlv = tlvMap(await readFile(newCard('kids-1.8'), '3F00 DF01 4031'));

    expect(parseBirthDate(text(tlv.get(0x0c))).year).toBeGreaterThanOrEqual(2000);
  });
});
