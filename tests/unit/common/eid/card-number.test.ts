import { describe, expect, it } from 'vitest';
import { formatCardNumber } from '../../../../common/eid/card-number.ts';
import { cardNumber } from '../../../virtual-card/card-data/national-number.ts';

describe('formatCardNumber (belpic-protocol.md §4.2 tag 01)', () => {
  it('prints a Belgian 12-digit number as 3-7-2 digits', () => {
    expect(formatCardNumber('591234567803')).toBe('591-2345678-03');
  });

  it('prints the virtual citizen card number the same way', () => {
    const number = cardNumber('5921234567');

    expect(formatCardNumber(number)).toBe(`592-1234567-${number.slice(10)}`);
  });

  it.each([['B012345671'], ['012345678'], ['59212345678'], ['5921234567890'], ['592-1234567-42'], ['']])(
    'leaves %j unchanged (foreigner numbers and anything that is not 12 digits)',
    (input) => {
      expect(formatCardNumber(input)).toBe(input);
    },
  );
});
