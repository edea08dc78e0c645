import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { encodeGreyscaleJpeg } from '../../../virtual-card/card-data/greyscale-jpeg.ts';

/** A test image with gradients, edges and a size that is not a multiple of 8. */
function testImage(width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) grey[y * width + x] = (x * 255) / width > y ? 200 : (y * 3) & 0xff;
  return grey;
}

describe('encodeGreyscaleJpeg', () => {
  it('writes a one-component baseline JPEG that an independent decoder reads back closely', () => {
    const [width, height] = [150, 195];
    const grey = testImage(width, height);

    const file = encodeGreyscaleJpeg(grey, width, height, 90);
    const decoded = jpeg.decode(file, { useTArray: true, formatAsRGBA: true });

    expect([file[0], file[1], file.at(-2), file.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const sof = file.indexOf(0xc0, 2);
    expect(file[sof - 1]).toBe(0xff);
    expect(file[sof + 8]).toBe(1); // Nf: one component
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    let error = 0;
    for (let i = 0; i < width * height; i++) error += Math.abs(decoded.data[i * 4]! - grey[i]!);
    expect(error / (width * height)).toBeLessThan(6);
  });

  it('is deterministic', () => {
    const grey = testImage(16, 16);
    expect(encodeGreyscaleJpeg(grey, 16, 16)).toEqual(encodeGreyscaleJpeg(grey, 16, 16));
  });
});
