import { describe, expect, it } from 'vitest';
import { toHex } from '../../virtual-card/index.ts';
import { hex, newCard, readFile, send, VERIFY_1234 } from './apdu-helpers.ts';

/** The APDU trace of the virtual card: counts, per-instruction counts, bytes, hex. */
describe('APDU trace', () => {
  it('counts commands and instructions of a select-and-read sequence', async () => {
    const card = newCard('citizen-1.8');
    await send(card, '80 E4 00 00 1C');
    await send(card, VERIFY_1234);

    await readFile(card, '3F00 DF00 5031'); // 36 bytes: SELECT, READ BINARY (6C 24), READ BINARY

    expect(card.trace.count).toBe(5);
    expect(Object.fromEntries(card.trace.byInstruction())).toEqual({
      'GET CARD DATA': 1,
      VERIFY: 1,
      SELECT: 1,
      'READ BINARY': 2,
    });
  });

  it('records commands as upper-case spaced hex and the responses', async () => {
    const card = newCard('citizen-1.7');

    await send(card, '00 a4 08 0c 06 3f 00 df 01 40 31');
    await send(card, '00 B0 00 00 04');

    expect(card.trace.commandsHex()).toEqual(['00 A4 08 0C 06 3F 00 DF 01 40 31', '00 B0 00 00 04']);
    expect(card.trace.entries[0]!.response).toEqual(hex('90 00'));
    expect(card.trace.entries[1]!.response.length).toBe(6);
    expect(card.trace.entries[1]!.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it('sums the bytes sent and received', async () => {
    const card = newCard('citizen-1.7');

    await send(card, '80 E4 00 00 1C'); // 5 bytes out, 28 + 2 back
    await send(card, '00 A4 02 0C 02 3F 00'); // 7 bytes out, 2 back

    expect(card.trace.bytesSent).toBe(12);
    expect(card.trace.bytesReceived).toBe(32);
  });

  it('clear() empties the trace', async () => {
    const card = newCard('citizen-1.7');
    await send(card, '80 E4 00 00 1C');

    card.trace.clear();

    expect(card.trace.count).toBe(0);
    expect(card.trace.byInstruction().size).toBe(0);
    expect(card.trace.bytesSent).toBe(0);
  });

  it('toHex renders upper-case bytes separated by spaces', () => {
    expect(toHex(Uint8Array.of(0x00, 0xa4, 0x0c, 0xff))).toBe('00 A4 0C FF');
  });
});
