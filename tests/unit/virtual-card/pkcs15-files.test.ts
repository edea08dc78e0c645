import { describe, expect, it } from 'vitest';
import { ascii, concat, hex, hexOf, isZeroFrom, newCard, readFile, send } from './apdu-helpers.ts';

/** The PKCS#15 files of belpic-protocol.md §2.3, read through the card, compared with the spec's hex. */
const EF_DIR = hex(
  '61 23 4F 0C A0000001 77504B43532D3135 50 06 42454C504943 51 04 3F00DF00 73 05 06 03 60 38 02',
);
const ODF = hex(
  'A0 0A 30 08 04 06 3F00DF005035  A4 0A 30 08 04 06 3F00DF005037  A8 0A 30 08 04 06 3F00DF005034',
);
const AODF = concat(
  hex('30 33 30 0F 0C 09'),
  ascii('Basic PIN'),
  hex(
    '03 02 06 C0 30 03 04 01 01 A1 1B 30 19 03 02 02 0C 0A 01 00 02 01 04 02 01 08 80 01 01 04 01 FF 30 04 04 02 3F 00',
  ),
);

/** The PrKDF of §2.3: entry tag 30 (1.7) or A0 (1.8, privateECKey), key size 08 00 (2048) or 01 80 (384). */
function prkdf(entryTag: number, keySize: string): Uint8Array {
  return concat(
    Uint8Array.of(entryTag, 0x3a),
    hex('30 17 0C 0E'),
    ascii('Authentication'),
    hex('03 02 06 C0 04 01 01 30 0F 04 01 02 03 02 05 20 03 02 03 B8 02 02 00 82'),
    hex(`A1 0E 30 0C 30 06 04 04 3F 00 DF 00 02 02 ${keySize}`),
    Uint8Array.of(entryTag, 0x39),
    hex('30 15 0C 09'),
    ascii('Signature'),
    hex('03 02 06 C0 04 01 01 02 01 01 30 10 04 01 03 03 03 06 00 40 03 02 03 B8 02 02 00 83'),
    hex(`A1 0E 30 0C 30 06 04 04 3F 00 DF 00 02 02 ${keySize}`),
  );
}

/** One CDF entry; `ec` selects the 1.8 form (flags 06 40, explicit implicitTrust FALSE `83 01 00`). */
function cdfEntry(label: string, id: number, authority: boolean, fid: string, ec: boolean): Uint8Array {
  const common = concat(
    hex(`0C ${label.length.toString(16).padStart(2, '0')}`),
    ascii(label),
    hex(ec ? '03 02 06 40' : '03 02 06 C0'),
    hex('04 01 01'),
  );
  const certAttributes = concat(
    Uint8Array.of(0x04, 0x01, id),
    authority ? hex('01 01 FF') : new Uint8Array(0),
    ec ? hex('83 01 00') : new Uint8Array(0),
  );
  const path = hex(`A1 0C 30 0A 30 08 04 06 3F00DF00${fid}`);
  const body = concat(
    Uint8Array.of(0x30, common.length),
    common,
    Uint8Array.of(0x30, certAttributes.length),
    certAttributes,
    path,
  );
  return concat(Uint8Array.of(0x30, body.length), body);
}

function cdf(ec: boolean, withSigning: boolean): Uint8Array {
  return concat(
    cdfEntry('Authentication', 2, false, '5038', ec),
    withSigning ? cdfEntry('Signature', 3, false, '5039', ec) : new Uint8Array(0),
    cdfEntry('CA', 4, true, '503A', ec),
    cdfEntry('Root', 6, true, '503B', ec),
  );
}

describe.each(['citizen-1.7', 'citizen-1.8', 'kids-1.8'])('PKCS#15 files equal to §2.3 (%s)', (id) => {
  it('EF(DIR) 2F00, ODF 5031 and AODF 5034 are exactly the spec bytes', async () => {
    const card = newCard(id);

    expect(hexOf(await readFile(card, '3F00 2F00'))).toBe(hexOf(EF_DIR));
    expect(hexOf(await readFile(card, '3F00 DF00 5031'))).toBe(hexOf(ODF));
    expect(hexOf(await readFile(card, '3F00 DF00 5034'))).toBe(hexOf(AODF));
    expect([EF_DIR.length, ODF.length, AODF.length]).toEqual([37, 36, 53]);
  });

  it('TokenInfo 5032 is 30 27 02 01 00 04 10 <serial> 80 06 "BELPIC" 03 02 04 30 9E 04 <versions>', async () => {
    const card = newCard(id);
    const cardData = await send(card, '80 E4 00 00 1C');

    const tokenInfo = await readFile(card, '3F00 DF00 5032');

    expect(tokenInfo.length).toBe(41);
    expect(tokenInfo.subarray(0, 7)).toEqual(hex('30 27 02 01 00 04 10'));
    expect(tokenInfo.subarray(7, 23)).toEqual(cardData.data.subarray(0, 16));
    expect(tokenInfo.subarray(23, 35)).toEqual(concat(hex('80 06'), ascii('BELPIC'), hex('03 02 04 30')));
    expect(tokenInfo.subarray(35, 37)).toEqual(hex('9E 04'));
    expect(tokenInfo[39]).toBe(0x00); // v3: electrical perso interface version 00
    if (id.endsWith('1.8')) expect(tokenInfo[38]).toBe(0x04); // v2: electrical perso version 04 on 1.8
  });
});

describe('PrKDF 5035', () => {
  it('is exactly the printed 1.7 file (RSA-2048, 119 bytes)', async () => {
    const file = await readFile(newCard('citizen-1.7'), '3F00 DF00 5035');

    expect(hexOf(file)).toBe(hexOf(prkdf(0x30, '08 00')));
    expect(file.length).toBe(119);
  });

  it('on 1.8 has entries tagged A0 and key size 02 02 01 80 (384)', async () => {
    const file = await readFile(newCard('citizen-1.8'), '3F00 DF00 5035');

    expect(hexOf(file)).toBe(hexOf(prkdf(0xa0, '01 80')));
  });
});

describe('CDF 5037', () => {
  it('is exactly the printed 1.7 file (163 bytes)', async () => {
    const file = await readFile(newCard('citizen-1.7'), '3F00 DF00 5037');

    expect(hexOf(file)).toBe(hexOf(cdf(false, true)));
    expect(file.length).toBe(163);
  });

  it('on 1.8 carries flags 06 40 and 83 01 00 in each entry (30 2F, 30 2A, 30 26, 30 28)', async () => {
    const file = await readFile(newCard('citizen-1.8'), '3F00 DF00 5037');
    const expected = cdf(true, true);

    expect(hexOf(file.subarray(0, expected.length))).toBe(hexOf(expected));
    expect(isZeroFrom(file, expected.length)).toBe(true);
    expect([expected[1], expected[50], expected[94], expected[134]]).toEqual([0x2f, 0x2a, 0x26, 0x28]);
  });

  it.each([
    ['kids-1.7', false],
    ['no-signing-cert-1.7', false],
    ['kids-1.8', true],
    ['no-signing-cert-1.8', true],
  ])('drops the Signature entry and zero-fills the tail on %s', async (id, ec) => {
    const file = await readFile(newCard(id), '3F00 DF00 5037');
    const expected = cdf(ec, false);

    expect(hexOf(file.subarray(0, expected.length))).toBe(hexOf(expected));
    expect(isZeroFrom(file, expected.length)).toBe(true);
  });
});
