import { encodeGreyscaleJpeg } from './greyscale-jpeg.ts';

/**
 * A deterministic portrait for EF(ID#Photo) `4035` (belpic-protocol.md §4.6): an 8-bit
 * greyscale baseline JPEG of a head-and-shoulders silhouette on a light background, with a
 * stripe pattern derived from `variant` so that different cards get different photos.
 */
export function makePhoto(width: number, height: number, variant: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  const cx = width / 2;
  const headY = height * 0.38;
  const headR = width * 0.24;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inHead = (x - cx) ** 2 + ((y - headY) * 0.85) ** 2 < headR ** 2;
      const inShoulders = y > height * 0.68 && Math.abs(x - cx) < width * 0.42 - (height - y) * 0.2;
      const stripe = ((x + y + variant * 7) >> 3) % 2 === 0 ? 8 : 0;
      grey[y * width + x] = inHead ? 150 + stripe : inShoulders ? 70 + stripe : (225 - (y * 30) / height) | 0;
    }
  }
  return encodeGreyscaleJpeg(grey, width, height, 60);
}
