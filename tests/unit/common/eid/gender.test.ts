import { describe, expect, it } from 'vitest';
import { parseGender } from '../../../../common/eid/gender.ts';

describe('parseGender (belpic-protocol.md §4.2 tag 0D)', () => {
  it.each([
    ['M', 'male'],
    ['F', 'female'],
    ['V', 'female'],
    ['W', 'female'],
  ])('reads %s as %s', (code, gender) => {
    expect(parseGender(code)).toBe(gender);
  });

  it.each([['X'], ['m'], [''], ['MM'], ['toString'], ['__proto__']])('reads %j as unknown', (code) => {
    expect(parseGender(code)).toBe('unknown');
  });
});
