import { createPublicKey } from 'node:crypto';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { hex, newCard, readFile, sw } from './apdu-helpers.ts';
import { digest } from './signing-helpers.ts';
import { tlvMap } from './tlv-parser.ts';

/** Photo 4035 and basic public key 4040 (belpic-protocol.md §2.1, §4.2 tags 11/1A, §4.6). */

/** Walks the JPEG markers to the first SOFn: precision, size and component count. */
function startOfFrame(photo: Uint8Array): {
  marker: number;
  precision: number;
  height: number;
  width: number;
  components: number;
} {
  let offset = 2;
  while (offset + 4 <= photo.length) {
    if (photo[offset] !== 0xff) throw new Error(`no marker at ${offset}`);
    const marker = photo[offset + 1]!;
    const length = (photo[offset + 2]! << 8) | photo[offset + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const at = offset + 4;
      return {
        marker,
        precision: photo[at]!,
        height: (photo[at + 1]! << 8) | photo[at + 2]!,
        width: (photo[at + 3]! << 8) | photo[at + 4]!,
        components: photo[at + 5]!,
      };
    }
    offset += 2 + length;
  }
  throw new Error('no SOF marker');
}

describe.each(['citizen-1.7', 'citizen-1.8', 'kids-1.8'])('photo (%s)', (id) => {
  it('is a baseline JPEG from FF D8 to FF D9 of a documented size', async () => {
    const photo = await readFile(newCard(id), '3F00 DF01 4035');

    const frame = startOfFrame(photo);
    const decoded = jpeg.decode(photo, { useTArray: true });

    expect(photo.subarray(0, 2)).toEqual(hex('FF D8'));
    expect(photo.subarray(-2)).toEqual(hex('FF D9'));
    expect(frame).toMatchObject({ marker: 0xc0, precision: 8 });
    expect(`${frame.width}x${frame.height}`).toMatch(/^(140x200|150x195)$/);
    expect([decoded.width, decoded.height]).toEqual([frame.width, frame.height]);
  });

  it('is 8-bit greyscale: a single colour component (§2.1 "8-bit grey", §4.6)', async () => {
    const photo = await readFile(newCard(id), '3F00 DF01 4035');

    expect(startOfFrame(photo).components).toBe(1);
  });

  it('hashes to identity tag 11 (SHA-256 on 1.7, SHA-384 on 1.8)', async () => {
    const card = newCard(id);
    const photo = await readFile(card, '3F00 DF01 4035');

    const tag11 = tlvMap(await readFile(card, '3F00 DF01 4031')).get(0x11);

    expect(tag11).toEqual(digest(id.endsWith('1.7') ? 'sha256' : 'sha384', photo));
  });
});

describe.each(['citizen-1.8', 'foreigner-1.8', 'kids-1.8'])('basic public key 4040 (%s)', (id) => {
  it('is a 120-byte P-384 SubjectPublicKeyInfo with the prefix of §2.1', async () => {
    const file = await readFile(newCard(id), '3F00 DF01 4040');

    const key = createPublicKey({ key: Buffer.from(file), format: 'der', type: 'spki' });

    expect(file.length).toBe(120);
    expect(file.subarray(0, 24)).toEqual(
      hex('30 76 30 10 06 07 2A 86 48 CE 3D 02 01 06 05 2B 81 04 00 22 03 62 00 04'),
    );
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
  });

  it('hashes (SHA-384) to identity tag 1A', async () => {
    const card = newCard(id);
    const file = await readFile(card, '3F00 DF01 4040');

    const tag1a = tlvMap(await readFile(card, '3F00 DF01 4031')).get(0x1a);

    expect(tag1a).toEqual(digest('sha384', file));
  });
});

describe('files absent by generation', () => {
  it('has no 4040 on 1.7 (6A82)', async () => {
    expect(await sw(newCard('citizen-1.7'), '00 A4 08 0C 06 3F 00 DF 01 40 40')).toBe('6A82');
  });

  it.each(['40 38', '40 39'])('has no %s on 1.8 (6A82)', async (fid) => {
    expect(await sw(newCard('citizen-1.8'), `00 A4 08 0C 06 3F 00 DF 01 ${fid}`)).toBe('6A82');
  });
});
