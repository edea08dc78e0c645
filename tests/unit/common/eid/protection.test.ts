import { describe, expect, it } from 'vitest';
import { parseProtection } from '../../../../common/eid/protection.ts';
import { parseErrorOf } from './fixtures.ts';

describe('parseProtection (belpic-protocol.md §4.2 tag 15, dd.MM.yyyy-A2)', () => {
  it('reads the date and the country code', () => {
    expect(parseProtection('04.11.2019-SY')).toEqual({
      date: { year: 2019, month: 11, day: 4, raw: '04.11.2019' },
      country: 'SY',
      raw: '04.11.2019-SY',
    });
  });

  it.each([['04.11.2019'], ['04.11.2019-S'], ['04.11.2019-sy'], ['04.11.2019 SY'], ['31.11.2019-SY'], ['']])(
    'throws a ParseError for %j',
    (raw) => {
      const error = parseErrorOf(() =>
        parseProtection(raw, { structure: 'identity file tag 15', offset: 200 }),
      );

      expect([error.structure, error.offset]).toEqual(['identity file tag 15', 200]);
    },
  );
});
