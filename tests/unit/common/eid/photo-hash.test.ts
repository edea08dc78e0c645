import { describe, expect, it } from 'vitest';
import { parsePhotoHash } from '../../../../common/eid/photo-hash.ts';
import { filled, parseErrorOf } from './fixtures.ts';

describe('parsePhotoHash (belpic-protocol.md §4.2 tag 11)', () => {
  it.each([
    [20, 'SHA-1'],
    [32, 'SHA-256'],
    [48, 'SHA-384'],
  ])('takes a %i-byte hash for %s', (length, algorithm) => {
    const bytes = filled(length, 0x5a);

    expect(parsePhotoHash(bytes)).toEqual({ algorithm, bytes });
  });

  it.each([[0], [19], [21], [28], [33], [64]])('throws a ParseError for %i bytes', (length) => {
    const error = parseErrorOf(() =>
      parsePhotoHash(filled(length, 0), { structure: 'identity file tag 11', offset: 150 }),
    );

    expect([error.structure, error.offset]).toEqual(['identity file tag 11', 150]);
  });
});
