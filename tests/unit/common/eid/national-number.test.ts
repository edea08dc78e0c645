import { describe, expect, it } from 'vitest';
import {
  formatNationalNumber,
  isValidNationalNumber,
  normalizeNationalNumber,
  parseNationalNumber,
} from '../../../../common/eid/national-number.ts';
import { nationalNumber as virtualCardNationalNumber } from '../../../virtual-card/card-data/national-number.ts';

/** The check number by decimal long division, digit by digit (the implementation divides a Number). */
function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** `first9` followed by its check number for the given century. */
function withCheck(first9: string, bornFrom2000: boolean): string {
  const check = 97 - mod97((bornFrom2000 ? '2' : '') + first9);
  return first9 + String(check).padStart(2, '0');
}

describe('parseNationalNumber: check number rules', () => {
  it('accepts a number born before 2000 by the YYMMDDsss rule', () => {
    const digits = withCheck('850714122', false);

    expect(parseNationalNumber(digits)).toEqual({
      ok: true,
      value: {
        digits,
        kind: 'register',
        century: 'before-2000',
        birthDate: { year: 1985, month: 7, day: 14 },
        sequence: 122,
        sex: 'female',
        checkNumber: Number(digits.slice(9)),
      },
    });
  });

  it('accepts a number born from 2000 by the 2YYMMDDsss rule', () => {
    const digits = withCheck('170503057', true);

    expect(parseNationalNumber(digits)).toEqual({
      ok: true,
      value: {
        digits,
        kind: 'register',
        century: 'from-2000',
        birthDate: { year: 2017, month: 5, day: 3 },
        sequence: 57,
        sex: 'male',
        checkNumber: Number(digits.slice(9)),
      },
    });
  });

  it('takes the century from the rule, not from the year digits (00 = 1900 or 2000)', () => {
    const r1900 = parseNationalNumber(withCheck('000101001', false));
    const r2000 = parseNationalNumber(withCheck('000101001', true));

    expect(r1900.ok && r1900.value.birthDate.year).toBe(1900);
    expect(r2000.ok && r2000.value.birthDate.year).toBe(2000);
  });

  it('agrees with the virtual card (BigInt) for births on both sides of 2000', () => {
    for (const [birth, sequence] of [
      [{ year: 1999, month: 12, day: 31 }, 997],
      [{ year: 2000, month: 1, day: 1 }, 1],
      [{ year: 1962, month: 2, day: 28 }, 400],
      [{ year: 2024, month: 2, day: 29 }, 2],
    ] as const) {
      const result = parseNationalNumber(virtualCardNationalNumber(birth, sequence));

      expect(result.ok && result.value.birthDate).toEqual(birth);
      expect(result.ok && result.value.century).toBe(birth.year >= 2000 ? 'from-2000' : 'before-2000');
    }
  });

  it('accepts check number 97 (first 9 digits divisible by 97)', () => {
    let sequence = 1;
    while (mod97(`850714${String(sequence).padStart(3, '0')}`) !== 0) sequence++;
    const digits = `850714${String(sequence).padStart(3, '0')}97`;

    expect(parseNationalNumber(digits)).toMatchObject({ ok: true, value: { checkNumber: 97 } });
  });

  it('never finds both rules matching (2·10⁹ mod 97 ≠ 0), checked over a range of bases', () => {
    for (let base = 850714000; base < 850715000; base++) {
      const digits = String(base);
      expect(withCheck(digits, false)).not.toBe(withCheck(digits, true));
    }
  });

  it('rejects a wrong check number', () => {
    const digits = withCheck('850714122', false);
    const wrong = digits.slice(0, 9) + String((Number(digits.slice(9)) % 97) + 1).padStart(2, '0');

    expect(parseNationalNumber(wrong)).toEqual({ ok: false, error: 'checksum' });
    expect(parseNationalNumber(digits.slice(0, 9) + '00')).toEqual({ ok: false, error: 'checksum' });
    expect(isValidNationalNumber(wrong)).toBe(false);
    expect(isValidNationalNumber(digits)).toBe(true);
  });

  it('rejects a swapped pair of digits', () => {
    const digits = withCheck('850714122', false);

    expect(parseNationalNumber(`${digits[0]}${digits[2]}${digits[1]}${digits.slice(3)}`).ok).toBe(false);
  });

  it.each([[''], ['8507141223'], ['850714122334'], ['85071412A33'], ['８５０７１４１２２３３']])(
    'rejects %j as format',
    (input) => {
      expect(parseNationalNumber(input)).toEqual({ ok: false, error: 'format' });
    },
  );
});

describe('parseNationalNumber: birth date and sex', () => {
  it.each([
    ['sequence 001 is a man', '850714001', 'male'],
    ['sequence 998 is a woman', '850714998', 'female'],
  ])('%s', (_, first9, sex) => {
    expect(parseNationalNumber(withCheck(first9, false))).toMatchObject({ ok: true, value: { sex } });
  });

  it('leaves month and day out when encoded as 00 (unknown to the register)', () => {
    const yearOnly = parseNationalNumber(withCheck('620000123', false));
    const noDay = parseNationalNumber(withCheck('620300123', false));

    expect(yearOnly.ok && yearOnly.value.birthDate).toEqual({ year: 1962 });
    expect(noDay.ok && noDay.value.birthDate).toEqual({ year: 1962, month: 3 });
  });

  it('reads a BIS number with month + 40 (sex known): month restored, sex from the parity', () => {
    const result = parseNationalNumber(withCheck('854714123', false));

    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'bis', birthDate: { year: 1985, month: 7, day: 14 }, sex: 'male' },
    });
  });

  it('reads a BIS number with month + 20 (sex unknown): month restored, sex undefined', () => {
    const result = parseNationalNumber(withCheck('052914124', true));

    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        kind: 'bis',
        birthDate: { year: 2005, month: 9, day: 14 },
        sex: undefined,
      }),
    });
  });

  it('reads BIS numbers with an unknown month (20 and 40)', () => {
    const unknownSex = parseNationalNumber(withCheck('702000124', false));
    const knownSex = parseNationalNumber(withCheck('704000124', false));

    expect(unknownSex).toMatchObject({ ok: true, value: { kind: 'bis', birthDate: { year: 1970 } } });
    expect(unknownSex.ok && unknownSex.value.sex).toBeUndefined();
    expect(knownSex).toMatchObject({
      ok: true,
      value: { kind: 'bis', birthDate: { year: 1970 }, sex: 'female' },
    });
  });

  it.each([
    ['month 13', '851314122', false],
    ['month 19 (neither register nor BIS)', '851914122', false],
    ['month 33 (BIS month 13)', '853314122', false],
    ['month 53 (BIS month 13)', '855314122', false],
    ['day 32', '850732122', false],
    ['30 February', '850230122', false],
    ['29 February 2023', '230229122', true],
    ['BIS 31 April', '852431122', false],
  ])('rejects %s, even with a valid check number', (_, first9, bornFrom2000) => {
    expect(parseNationalNumber(withCheck(first9, bornFrom2000))).toEqual({ ok: false, error: 'birth-date' });
  });

  it('accepts 29 February in a leap year of the rule’s century only', () => {
    expect(parseNationalNumber(withCheck('000229122', true)).ok).toBe(true);
    expect(parseNationalNumber(withCheck('000229122', false))).toEqual({ ok: false, error: 'birth-date' });
  });
});

describe('normalizeNationalNumber and formatNationalNumber', () => {
  const digits = withCheck('850714122', false);
  const printed = `85.07.14-122.${digits.slice(9)}`;

  it.each([
    [printed],
    [`850714 122 ${digits.slice(9)}`],
    [`85-07-14-122-${digits.slice(9)}`],
    [` 85 07 14\t122 ${digits.slice(9)} `],
    [`85.07.14\u2013122.${digits.slice(9)}`],
  ])('normalises %j to 11 digits, which then validate', (input) => {
    expect(normalizeNationalNumber(input)).toBe(digits);
    expect(parseNationalNumber(input)).toMatchObject({ ok: true, value: { digits } });
  });

  it('keeps characters that are not separators, so they fail as format', () => {
    expect(normalizeNationalNumber('85/07/14')).toBe('85/07/14');
    expect(parseNationalNumber(`85/07/14-122.${digits.slice(9)}`)).toEqual({ ok: false, error: 'format' });
  });

  it('formats 11 digits as YY.MM.DD-SSS.CC, from any separator style', () => {
    expect(formatNationalNumber(digits)).toBe(printed);
    expect(formatNationalNumber(`850714 122 ${digits.slice(9)}`)).toBe(printed);
    expect(formatNationalNumber('12345678901')).toBe('12.34.56-789.01');
  });

  it('returns input that is not 11 digits unchanged', () => {
    expect(formatNationalNumber('8507141')).toBe('8507141');
    expect(formatNationalNumber('not a number')).toBe('not a number');
  });
});
