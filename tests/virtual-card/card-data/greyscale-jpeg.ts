/**
 * A baseline JPEG encoder for 8-bit greyscale images (one component), after ITU-T T.81:
 * level shift, 8×8 forward DCT (A.3.3), quantisation with the Annex K.1 luminance table,
 * DC differences and AC run lengths coded with the Annex K.3 luminance Huffman tables (F.1.2),
 * byte stuffing (F.1.2.3). The eID photo file is such a JPEG (belpic-protocol.md §4.6).
 */

/** Annex K.1, Table K.1: luminance quantisation, natural (row-major) order. */
const LUMINANCE_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** Figure A.6: zig-zag sequence, as natural-order indices. */
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

/** Table K.3: luminance DC code lengths (counts per length 1..16) and values. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Table K.5: luminance AC code lengths and values. */
const AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_VALUES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71,
  0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72,
  0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37,
  0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
  0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83,
  0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3,
  0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
  0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];

type HuffmanTable = Map<number, { code: number; length: number }>;

/** Annex C: canonical codes from the count-per-length list. */
function huffmanTable(bits: readonly number[], values: readonly number[]): HuffmanTable {
  const table: HuffmanTable = new Map();
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < bits[length - 1]!; i++) table.set(values[k++]!, { code: code++, length });
    code <<= 1;
  }
  return table;
}

class BitWriter {
  readonly bytes: number[] = [];
  #accumulator = 0;
  #count = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.#accumulator = (this.#accumulator << 1) | ((value >> i) & 1);
      if (++this.#count === 8) this.#flushByte();
    }
  }

  /** Pads the last byte with 1-bits (F.1.2.3). */
  finish(): void {
    while (this.#count !== 0) this.write(1, 1);
  }

  #flushByte(): void {
    this.bytes.push(this.#accumulator);
    if (this.#accumulator === 0xff) this.bytes.push(0x00); // byte stuffing
    this.#accumulator = 0;
    this.#count = 0;
  }
}

/** SSSS category of a coefficient and its additional bits (F.1.2.1, Table F.1). */
function magnitude(value: number): { size: number; bits: number } {
  const size = value === 0 ? 0 : Math.floor(Math.log2(Math.abs(value))) + 1;
  return { size, bits: value >= 0 ? value : value + (1 << size) - 1 };
}

const COS = Array.from({ length: 64 }, (_, i) => Math.cos(((2 * (i >> 3) + 1) * (i & 7) * Math.PI) / 16));

/** Forward DCT of one level-shifted block (A.3.3), natural order. */
function forwardDct(block: Float64Array): Float64Array {
  const out = new Float64Array(64);
  for (let v = 0; v < 8; v++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) sum += block[y * 8 + x]! * COS[x * 8 + u]! * COS[y * 8 + v]!;
      out[v * 8 + u] = 0.25 * (u === 0 ? Math.SQRT1_2 : 1) * (v === 0 ? Math.SQRT1_2 : 1) * sum;
    }
  }
  return out;
}

/** Encodes `grey` (width × height bytes, row-major) as a baseline JPEG at `quality` 1..100. */
export function encodeGreyscaleJpeg(
  grey: Uint8Array,
  width: number,
  height: number,
  quality = 75,
): Uint8Array {
  const scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  const quant = LUMINANCE_QUANT.map((q) => Math.min(255, Math.max(1, Math.floor((q * scale + 50) / 100))));
  const dc = huffmanTable(DC_BITS, DC_VALUES);
  const ac = huffmanTable(AC_BITS, AC_VALUES);
  const out = new BitWriter();
  const emit = (table: HuffmanTable, symbol: number): void => {
    const entry = table.get(symbol)!;
    out.write(entry.code, entry.length);
  };
  let previousDc = 0;
  const block = new Float64Array(64);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let i = 0; i < 64; i++) {
        const x = Math.min(width - 1, bx + (i & 7)); // edge blocks repeat the last column/row
        const y = Math.min(height - 1, by + (i >> 3));
        block[i] = grey[y * width + x]! - 128;
      }
      const coefficients = forwardDct(block);
      const q = ZIGZAG.map((n) => Math.round(coefficients[n]! / quant[n]!));
      const dcDiff = magnitude(q[0]! - previousDc);
      previousDc = q[0]!;
      emit(dc, dcDiff.size);
      out.write(dcDiff.bits, dcDiff.size);
      let run = 0;
      for (let k = 1; k < 64; k++) {
        if (q[k] === 0) {
          run++;
          continue;
        }
        for (; run > 15; run -= 16) emit(ac, 0xf0); // ZRL
        const m = magnitude(q[k]!);
        emit(ac, (run << 4) | m.size);
        out.write(m.bits, m.size);
        run = 0;
      }
      if (run > 0) emit(ac, 0x00); // EOB
    }
  }
  out.finish();
  const segment = (marker: number, body: number[]): number[] => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  return Uint8Array.from([
    0xff,
    0xd8, // SOI
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]), // APP0 JFIF 1.1
    ...segment(0xdb, [0x00, ...ZIGZAG.map((n) => quant[n]!)]), // DQT table 0
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]), // SOF0, one component
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES, 0x10, ...AC_BITS, ...AC_VALUES]), // DHT DC0 + AC0
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // SOS
    ...out.bytes,
    0xff,
    0xd9, // EOI
  ]);
}
