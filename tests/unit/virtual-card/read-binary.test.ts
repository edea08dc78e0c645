import { describe, expect, it } from 'vitest';
import { image, newCard, readBinary, readFile, selectPath, send } from './apdu-helpers.ts';

/** READ BINARY, belpic-protocol.md §3.1 and §12.2. */
describe.each(['citizen-1.7', 'citizen-1.8'])('READ BINARY (%s)', (id) => {
  const identity = (): Uint8Array => image(id).files.id.get(0x4031)!;

  it('answers 6C xx when Le exceeds the bytes left, and the exact re-read returns them', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');
    const size = identity().length;
    const offset = size - 10;

    const tooLong = await readBinary(card, offset, 0xf8);
    const exact = await readBinary(card, offset, tooLong.sw2);

    expect(tooLong.sw).toBe('6C0A');
    expect(tooLong.data.length).toBe(0);
    expect(exact.sw).toBe('9000');
    expect(exact.data).toEqual(identity().subarray(offset));
  });

  it('answers 6B00 at and after the end of the file', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4031');
    const size = identity().length;

    expect((await readBinary(card, size, 0x10)).sw).toBe('6B00');
    expect((await readBinary(card, size + 5, 0x10)).sw).toBe('6B00');
  });

  it('treats Le 00 as 256 bytes', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF00 5038');
    const certificateFile = image(id).files.belpic.get(0x5038)!;

    const r = await readBinary(card, 0, 0x00);

    expect(r.sw).toBe('9000');
    expect(r.data).toEqual(certificateFile.subarray(0, 256));
  });

  it('answers 6C 25 to Le 00 on the 37-byte EF(DIR)', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 2F00');

    const r = await readBinary(card, 0, 0x00);

    expect(r.sw).toBe('6C25'); // EF(DIR) is 37 bytes (§2.3)
  });

  it('returns the bytes at an offset in the middle of a file', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF00 5038');
    const certificateFile = image(id).files.belpic.get(0x5038)!;

    const r = await readBinary(card, 0x0123, 0x20);

    expect(r.sw).toBe('9000');
    expect(r.data).toEqual(certificateFile.subarray(0x0123, 0x0143));
  });

  it('answers 6986 when no EF is current: after reset, and after selecting a DF', async () => {
    const card = newCard(id);
    const afterReset = await readBinary(card, 0, 0x10);
    await selectPath(card, '3F00 DF01');

    const afterDf = await readBinary(card, 0, 0x10);

    expect(afterReset.sw).toBe('6986');
    expect(afterDf.sw).toBe('6986');
  });

  it('never answers 61xx or 6282 while reading a whole file in small blocks', async () => {
    const card = newCard(id);
    await selectPath(card, '3F00 DF01 4033');
    const statusWords = new Set<string>();

    for (let offset = 0; offset <= image(id).files.id.get(0x4033)!.length; offset += 0x20) {
      statusWords.add((await send(card, Uint8Array.of(0, 0xb0, offset >> 8, offset & 0xff, 0x20))).sw);
    }

    for (const status of statusWords) expect(status).toMatch(/^(9000|6B00|6C[0-9A-F]{2})$/);
  });

  it('reads every file of the image byte for byte with the host loop', async () => {
    const card = newCard(id);
    const { files } = image(id);
    const paths = [
      ...[...files.root.keys()].map((fid) => [`3F00 ${fid.toString(16)}`, files.root.get(fid)!] as const),
      ...[...files.belpic.keys()].map(
        (fid) => [`3F00 DF00 ${fid.toString(16)}`, files.belpic.get(fid)!] as const,
      ),
      ...[...files.id.keys()].map((fid) => [`3F00 DF01 ${fid.toString(16)}`, files.id.get(fid)!] as const),
    ];

    for (const [path, expected] of paths) {
      expect(await readFile(card, path), path).toEqual(expected);
    }
    expect(paths.length).toBe(id.endsWith('1.8') ? 17 : 16);
  });
});
