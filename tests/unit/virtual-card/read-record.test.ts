import { describe, expect, it } from 'vitest';
import { concat, image, newCard, selectPath, send } from './apdu-helpers.ts';
import { parseTlvFile, type TlvRecord } from './tlv-parser.ts';

/** READ RECORD `80 B2 first last Le` on the TLV files (belpic-protocol.md §3.4, 1.8 only). */
const encode = (records: TlvRecord[]): Uint8Array =>
  concat(...records.map((r) => concat(Uint8Array.of(r.tag, r.value.length), r.value)));

describe('READ RECORD (applet 1.8)', () => {
  const id = 'citizen-1.8';
  const identity = () => parseTlvFile(image(id).files.id.get(0x4031)!);
  const address = () => parseTlvFile(image(id).files.id.get(0x4033)!);

  it('returns one record as T L V for P1 = P2 (national number, tag 06)', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');

    const r = await send(card, '80 B2 06 06 00');

    expect(r.sw).toBe('9000');
    expect(r.data).toEqual(encode(identity().filter((t) => t.tag === 0x06)));
    expect(new TextDecoder().decode(r.data.subarray(2))).toBe(image(id).nationalNumber);
  });

  it('returns the records of a tag range in order (identity tags 01–03)', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');

    const r = await send(card, '80 B2 01 03 00');

    expect(r.sw).toBe('9000');
    expect(r.data).toEqual(encode(identity().filter((t) => t.tag >= 1 && t.tag <= 3)));
  });

  it('returns the whole address in one READ RECORD (tags 01–03 of 4033)', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4033');

    const r = await send(card, '80 B2 01 03 00');

    expect(r.sw).toBe('9000');
    expect(r.data).toEqual(encode(address()));
  });

  it('answers 6C xx to a wrong non-zero Le, and the exact Le works', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');
    const expected = encode(identity().filter((t) => t.tag === 0x07));

    const wrong = await send(card, '80 B2 07 07 02');
    const exact = await send(card, Uint8Array.of(0x80, 0xb2, 0x07, 0x07, wrong.sw2));

    expect(wrong.sw1).toBe(0x6c);
    expect(wrong.sw2).toBe(expected.length);
    expect(exact.data).toEqual(expected);
  });

  it('answers 6A83 when the record is absent or P2 < P1', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');
    const absent = [...Array(0x20).keys()].find((tag) => tag > 0 && !identity().some((t) => t.tag === tag))!;

    expect((await send(card, Uint8Array.of(0x80, 0xb2, absent, absent, 0x00))).sw).toBe('6A83');
    expect((await send(card, '80 B2 05 03 00')).sw).toBe('6A83');
  });

  it('answers 6981 on a transparent EF (ODF)', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF00 5031');

    expect((await send(card, '80 B2 01 01 00')).sw).toBe('6981');
  });

  it('answers 6986 without a current EF', async () => {
    expect((await send(newCard(id), '80 B2 01 01 00')).sw).toBe('6986');
  });
});

describe('READ RECORD (applet 1.7)', () => {
  it('is not available: 6D00', async () => {
    const card = newCard('citizen-1.7');
    await selectPath(card, '3F00 DF01 4031');

    expect((await send(card, '80 B2 01 01 00')).sw).toBe('6D00');
  });
});
