import { afterEach, describe, expect, it } from 'vitest';
import type { PcscConnection, PcscService } from '../../../../native/pcsc/index.ts';
import { GET_CARD_DATA, insertCard, startService, type Inserted } from './helpers.ts';

const hex = (text: string): Uint8Array => Uint8Array.from(text.split(' '), (b) => parseInt(b, 16));
const sw = (response: Uint8Array): string => Buffer.from(response.subarray(-2)).toString('hex').toUpperCase();

let service: PcscService | undefined;
let inserted: Inserted | undefined;
const connections: PcscConnection[] = [];
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.disconnect()));
  await inserted?.remove();
  await service?.close();
  inserted = undefined;
  service = undefined;
});

describe.each([
  { id: 'citizen-1.7', atr: '3b9813400aa503010101ad1311', version: 0x17 },
  { id: 'citizen-1.8', atr: '3b7f96000080318065b085040120120fff829000', version: 0x18 },
])('$id: a shared T=0 connection', ({ id, atr, version }) => {
  it('answers GET CARD DATA (80 E4 00 00 1C) with 28 bytes and 9000', async () => {
    service = await startService();
    inserted = await insertCard(service, id, 0);

    const connection = await service.connect(inserted.reader);
    connections.push(connection);
    const response = await connection.transmit(GET_CARD_DATA);

    expect(connection.protocol).toBe('T0');
    expect(connection.share).toBe('shared');
    expect(Buffer.from(connection.atr).toString('hex')).toBe(atr);
    expect(response).toHaveLength(30);
    expect(sw(response)).toBe('9000');
    expect(response[21]).toBe(version);
  });
});

describe('a connection to a vpcd reader', () => {
  it('has no part 10 features and no pinpad (vpcd answers SCARD_E_UNSUPPORTED_FEATURE)', async () => {
    service = await startService();
    inserted = await insertCard(service, 'citizen-1.8', 0);

    const connection = await service.connect(inserted.reader);
    connections.push(connection);

    expect((await connection.features()).size).toBe(0);
    expect(connection.pinpad).toBeUndefined();
  });

  it('resets the card on disconnect after a VERIFY, so the PIN right does not outlive the session', async () => {
    service = await startService();
    inserted = await insertCard(service, 'citizen-1.8', 0);
    const first = await service.connect(inserted.reader);

    const verified = sw(await first.transmit(hex('00 20 00 01 08 24 12 34 FF FF FF FF FF')));
    const stillVerified = sw(await first.transmit(hex('00 20 00 01'))); // empty VERIFY: PIN status (1.8)
    const result = await first.disconnect();
    const second = await service.connect(inserted.reader);
    connections.push(second);
    const afterReconnect = sw(await second.transmit(hex('00 20 00 01')));

    expect([verified, stillVerified]).toEqual(['9000', '9000']);
    expect(result).toEqual({ disposition: 'reset', deferred: false });
    expect(afterReconnect).toBe('63C3');
  });

  it('leaves the card as it is when no PIN was presented', async () => {
    service = await startService();
    inserted = await insertCard(service, 'citizen-1.7', 0);
    const connection = await service.connect(inserted.reader);
    await connection.transmit(GET_CARD_DATA);

    await expect(connection.disconnect()).resolves.toEqual({ disposition: 'leave', deferred: false });
    await expect(connection.transmit(GET_CARD_DATA)).rejects.toMatchObject({ code: 'invalid-handle' });
  });

  it('share: exclusive keeps other PC/SC clients out (SCARD_E_SHARING_VIOLATION)', async () => {
    service = await startService();
    const other = await startService();
    try {
      inserted = await insertCard(service, 'citizen-1.8', 1);
      const exclusive = await service.connect(inserted.reader, { share: 'exclusive' });
      connections.push(exclusive);

      const refused = await other.connect(inserted.reader).catch((e: unknown) => e);

      expect(refused).toMatchObject({ code: 'sharing-violation', scard: '0x8010000b', operation: 'connect' });
      expect(sw(await exclusive.transmit(GET_CARD_DATA))).toBe('9000');
    } finally {
      await other.close();
    }
  });
});
