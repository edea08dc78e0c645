import { describe, expect, it } from 'vitest';
import { parseAddressFile } from '../../../../common/eid/address-file.ts';
import {
  CARD_IDS,
  cardImage,
  concat,
  encodeTlvFile,
  FID,
  filled,
  hex,
  idFile,
  parseErrorOf,
} from './fixtures.ts';

describe.each(CARD_IDS)('parseAddressFile on the virtual card %s', (id) => {
  it('reads the profile address, ignoring the zero padding, without warnings', () => {
    const file = idFile(id, FID.ADDRESS);

    const { address, warnings } = parseAddressFile(file);

    expect(file.length).toBe(cardImage(id).personality.addressFileSize);
    const { street, zip, municipality } = cardImage(id).profile.address;
    expect(address).toEqual({ fileStructureVersion: undefined, streetAndNumber: street, zip, municipality });
    expect(warnings).toEqual([]);
  });
});

describe('parseAddressFile: hand-made files (belpic-protocol.md §4.5)', () => {
  const records = [
    [0x01, 'Kerkstraat 7'],
    [0x02, '9000'],
    [0x03, 'Gent'],
  ] as const;
  const expected = {
    fileStructureVersion: undefined,
    streetAndNumber: 'Kerkstraat 7',
    zip: '9000',
    municipality: 'Gent',
  };

  it.each([0, 1, 87])('reads the three records followed by %i padding bytes', (padding) => {
    const { address, warnings } = parseAddressFile(concat(encodeTlvFile(records), filled(padding, 0)));

    expect(address).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('reads a leading file structure version', () => {
    const { address } = parseAddressFile(concat(hex('00 02 00 01'), encodeTlvFile(records), filled(20, 0)));

    expect(address).toEqual({ ...expected, fileStructureVersion: 1 });
  });

  it('reads multi-byte UTF-8 and warns about invalid UTF-8 at its offset', () => {
    const file = encodeTlvFile([
      [0x01, 'Rue de l’Étoile 3'],
      [0x02, '4000'],
      [0x03, Uint8Array.of(0x4c, 0x69, 0xe8, 0x67, 0x65)],
    ]);

    const { address, warnings } = parseAddressFile(file);

    expect(address.streetAndNumber).toBe('Rue de l’Étoile 3');
    expect(address.municipality).toBe('Li\uFFFDge');
    expect(warnings).toEqual([
      { offset: file.length - 3, message: 'invalid UTF-8 sequence replaced by U+FFFD' },
    ]);
  });

  it('skips an unknown tag with a warning', () => {
    const { address, warnings } = parseAddressFile(encodeTlvFile([...records, [0x04, 'extra']]));

    expect(address).toEqual(expected);
    expect(warnings.map((w) => w.message)).toEqual(['unknown tag 04 skipped']);
  });

  it('warns about non-zero bytes after the padding', () => {
    const file = concat(encodeTlvFile(records), filled(10, 0), hex('FF'));

    expect(parseAddressFile(file).warnings).toEqual([
      { offset: file.length - 1, message: 'non-zero byte after the zero padding' },
    ]);
  });

  it.each([
    [0x01, 'tag 01'],
    [0x02, 'tag 02'],
    [0x03, 'tag 03'],
  ])('throws a ParseError when record %i is missing', (tag, label) => {
    const file = concat(encodeTlvFile(records.filter(([t]) => t !== tag)), filled(30, 0));

    expect(parseErrorOf(() => parseAddressFile(file)).structure).toBe(`address file ${label}`);
  });

  it('throws a ParseError for an empty or all-zero file', () => {
    expect(parseErrorOf(() => parseAddressFile(new Uint8Array(0))).structure).toBe('address file tag 01');
    expect(parseErrorOf(() => parseAddressFile(filled(121, 0))).structure).toBe('address file tag 01');
  });

  it('throws a ParseError for a record cut off by the end of the file', () => {
    const file = encodeTlvFile(records);

    const error = parseErrorOf(() => parseAddressFile(file.subarray(0, file.length - 1)));

    expect([error.structure, error.offset]).toEqual(['address file', file.length - 6]);
  });
});
