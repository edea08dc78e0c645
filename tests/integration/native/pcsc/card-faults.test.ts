import { afterEach, describe, expect, it } from 'vitest';
import { PcscError, type PcscConnection, type PcscService } from '../../../../native/pcsc/index.ts';
import { GET_CARD_DATA, insertCard, nextEvent, startService, type Inserted } from './helpers.ts';

const sw = (response: Uint8Array): string => Buffer.from(response.subarray(-2)).toString('hex').toUpperCase();

let service: PcscService | undefined;
let inserted: Inserted | undefined;
const connections: PcscConnection[] = [];
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.disconnect()));
  if (inserted?.client.connected) await inserted.remove();
  await service?.close();
  inserted = undefined;
  service = undefined;
});

describe('card faults through pcscd and vpcd', () => {
  it('a card removed mid-session gives typed errors ending in card-removed, and the service reports it', async () => {
    service = await startService();
    inserted = await insertCard(service, 'citizen-1.8', 0);
    const connection = await service.connect(inserted.reader);
    connections.push(connection);
    const removedEvent = nextEvent(service, 'card-removed', (e) => e.type === 'card-removed');
    inserted.card.faults.removeAfter(1); // answers one more APDU, then is pulled mid-APDU

    const answered = sw(await connection.transmit(GET_CARD_DATA));
    const lost = await connection.transmit(GET_CARD_DATA).catch((e: unknown) => e); // pulled during this one
    const later: PcscError[] = [];
    const deadline = Date.now() + 10_000;
    while (later.at(-1)?.scard !== '0x80100069' && Date.now() < deadline) {
      const error = await connection.transmit(GET_CARD_DATA).then(
        () => new Error('the removed card answered'),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PcscError);
      later.push(error as PcscError);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(answered).toBe('9000');
    // vpcd loses the card mid-APDU: pcscd answers with no status word (card-removed), then
    // SCARD_E_NOT_TRANSACTED (transaction-failed) until it polls the reader, then SCARD_W_REMOVED_CARD.
    expect(lost).toMatchObject({ name: 'PcscError', code: 'card-removed', operation: 'transmit' });
    expect(later.at(-1)).toMatchObject({ code: 'card-removed', scard: '0x80100069' });
    expect(later.every((e) => ['transaction-failed', 'card-removed'].includes(e.code))).toBe(true);
    expect(await removedEvent).toEqual({ type: 'card-removed', reader: inserted.reader });
  });

  it('a mute card fails with timeout within the configured 1.5 s; after removal the reader works again', async () => {
    service = await startService({ timeoutMs: 1500 });
    inserted = await insertCard(service, 'citizen-1.7', 0);
    const connection = await service.connect(inserted.reader);
    connections.push(connection);
    inserted.card.faults.goMute();

    const started = performance.now();
    const error = await connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    const stateAfter = connection.state;
    const disconnecting = connection.disconnect();
    await inserted.remove(); // the blocked SCardTransmit returns once the card is gone
    await connection.whenReleased();

    expect(error).toMatchObject({ name: 'PcscError', code: 'timeout', operation: 'transmit' });
    expect(elapsed).toBeGreaterThanOrEqual(1450);
    expect(elapsed).toBeLessThan(2500);
    expect(stateAfter).toBe('broken');
    expect(await disconnecting).toMatchObject({ disposition: 'leave' });

    inserted = await insertCard(service, 'citizen-1.7', 0);
    const again = await service.connect(inserted.reader);
    connections.push(again);
    expect(sw(await again.transmit(GET_CARD_DATA))).toBe('9000');
  });
});
