import { describe, expect, it } from 'vitest';
import { NO_SPECIAL_STATUS, parseSpecialStatus } from '../../../../common/eid/special-status.ts';
import { parseErrorOf } from './fixtures.ts';

describe('parseSpecialStatus (belpic-protocol.md §4.2 tag 10)', () => {
  it.each([
    ['0', false, false, false],
    ['1', true, false, false],
    ['2', false, false, true],
    ['3', true, false, true],
    ['4', false, true, false],
    ['5', false, true, true],
  ])(
    'reads %s as whiteCane=%s yellowCane=%s extendedMinority=%s',
    (raw, whiteCane, yellowCane, extendedMinority) => {
      expect(parseSpecialStatus(raw)).toEqual({
        code: Number(raw),
        known: true,
        whiteCane,
        yellowCane,
        extendedMinority,
      });
    },
  );

  it('reads the zero-padded form 03 like 3', () => {
    expect(parseSpecialStatus('03')).toEqual(parseSpecialStatus('3'));
  });

  it('keeps an unknown code with no flags', () => {
    expect(parseSpecialStatus('7')).toEqual({
      code: 7,
      known: false,
      whiteCane: false,
      yellowCane: false,
      extendedMinority: false,
    });
  });

  it('has code 0 as the default for an absent tag', () => {
    expect(NO_SPECIAL_STATUS).toEqual({
      code: 0,
      known: true,
      whiteCane: false,
      yellowCane: false,
      extendedMinority: false,
    });
  });

  it.each([[''], ['A'], ['123'], [' 1']])('throws a ParseError for %j', (raw) => {
    expect(parseErrorOf(() => parseSpecialStatus(raw)).structure).toBe('special status');
  });
});
