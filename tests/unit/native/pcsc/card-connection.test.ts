import { describe, expect, it } from 'vitest';
import { deferred, scardError, type FakeReader } from './fakes/fake-binding.ts';
import { flush } from './fakes/fake-scheduler.ts';
import { ATR_17, startService } from './service-harness.ts';

const hex = (text: string): Uint8Array => Uint8Array.from(text.split(' '), (b) => parseInt(b, 16));
const GET_CARD_DATA = hex('80 E4 00 00 1C');
const VERIFY_1234 = hex('00 20 00 01 08 24 12 34 FF FF FF FF FF');
const SW = (sw: string) => () => hex(sw);

async function connected(options: Parameters<typeof startService>[1] = {}) {
  const harness = startService(true, options);
  const reader = harness.binding.context.addReader('Reader A');
  reader.insert(ATR_17);
  const connection = await harness.service.connect('Reader A');
  return { ...harness, reader, connection };
}

function transmitted(reader: FakeReader): string[] {
  return reader.calls.flatMap((c) => (c.op === 'transmit' ? [Buffer.from(c.command).toString('hex')] : []));
}

describe('PcscConnection.transmit', () => {
  it('sends the command with the T=0 response limit and resolves with the response', async () => {
    const { reader, connection } = await connected();
    reader.answer = SW('01 02 90 00');

    const response = await connection.transmit(GET_CARD_DATA);

    expect(response).toEqual(hex('01 02 90 00'));
    expect(reader.calls.at(-1)).toEqual({
      op: 'transmit',
      command: GET_CARD_DATA,
      maxLength: 258,
      protocol: 'T0',
    });
  });

  it('maps a PC/SC failure to a typed error (card removed)', async () => {
    const { reader, connection } = await connected();
    reader.answer = () => {
      throw scardError('SCardTransmit', 0x80100069, 'Card was removed');
    };

    await expect(connection.transmit(GET_CARD_DATA)).rejects.toMatchObject({
      name: 'PcscError',
      code: 'card-removed',
      operation: 'transmit',
      scard: '0x80100069',
      retriable: true,
    });
    expect(connection.state).toBe('open');
  });

  it.each([[''], ['90']])(
    'rejects a response without a status word (%j) as card-removed (lost mid-APDU)',
    async (bytes) => {
      const { reader, connection } = await connected();
      reader.answer = () => (bytes ? hex(bytes) : new Uint8Array(0));

      await expect(connection.transmit(GET_CARD_DATA)).rejects.toMatchObject({
        code: 'card-removed',
        scard: undefined,
      });
    },
  );

  it('gives up after the timeout with timeout, and the connection is unusable from then on', async () => {
    const { reader, scheduler, connection } = await connected({ timeoutMs: 1500 });
    const never = deferred<Uint8Array>();
    reader.answer = () => never.promise;
    const outcome = connection.transmit(GET_CARD_DATA).catch((e: unknown) => e);

    await scheduler.advance(1499);
    const early = await Promise.race([outcome, Promise.resolve('pending')]);
    await scheduler.advance(1);

    expect(early).toBe('pending');
    expect(await outcome).toMatchObject({ code: 'timeout', operation: 'transmit', scard: undefined });
    expect(connection.state).toBe('broken');
    await expect(connection.transmit(GET_CARD_DATA)).rejects.toMatchObject({ code: 'card-unresponsive' });
    expect(transmitted(reader)).toHaveLength(1);
    never.resolve(new Uint8Array(0)); // the card is pulled: the native call returns
  });

  it('never puts command bytes (a PIN) in an error', async () => {
    const { reader, connection } = await connected();
    reader.answer = () => {
      throw scardError('SCardTransmit', 0x80100016, 'Transaction failed');
    };

    const error = (await connection.transmit(VERIFY_1234).catch((e: unknown) => e)) as Error;

    expect(error.message).not.toMatch(/12\s?34|241234/i);
    expect(JSON.stringify(error)).not.toMatch(/12\s?34|241234/i);
  });
});

describe('PcscConnection.disconnect', () => {
  it.each([
    ['nothing PIN-related', 'leave', GET_CARD_DATA, SW('90 00')],
    ['a VERIFY answered 9000', 'reset', VERIFY_1234, SW('90 00')],
    ['a VERIFY answered 63C2', 'leave', VERIFY_1234, SW('63 C2')],
    ['a VERIFY answered 6983', 'leave', VERIFY_1234, SW('69 83')],
    ['an empty VERIFY answered 9000', 'leave', hex('00 20 00 01'), SW('90 00')],
    ['a VERIFY whose answer was lost', 'reset', VERIFY_1234, () => new Uint8Array(0)],
    [
      'a VERIFY that failed in PC/SC',
      'reset',
      VERIFY_1234,
      () => {
        throw scardError('SCardTransmit', 0x8010002f);
      },
    ],
    [
      'a CHANGE REFERENCE DATA answered 9000',
      'reset',
      hex('00 24 00 01 10 24 12 34 FF FF FF FF FF 24 56 78 FF FF FF FF FF'),
      SW('90 00'),
    ],
    [
      'a proprietary-class command with INS 20',
      'leave',
      hex('80 20 00 01 08 24 12 34 FF FF FF FF FF'),
      SW('90 00'),
    ],
  ] as const)('after %s the disposition is %s', async (_what, disposition, command, answer) => {
    const { reader, connection } = await connected();
    reader.answer = answer;
    await connection.transmit(command).catch(() => undefined);

    const result = await connection.disconnect();

    expect(result).toEqual({ disposition, deferred: false });
    expect(reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition });
  });

  it('resets after a VERIFY that timed out, once the stuck native call returns', async () => {
    const { reader, scheduler, service, connection } = await connected({ timeoutMs: 1000 });
    const never = deferred<Uint8Array>();
    reader.answer = () => never.promise;
    const verify = connection.transmit(VERIFY_1234).catch((e: unknown) => e);
    await scheduler.advance(1000);
    await verify;

    const disconnecting = connection.disconnect();
    await scheduler.advance(1000);
    const result = await disconnecting;
    const before = reader.calledOps();
    never.resolve(hex('90 00'));
    await flush();

    expect(result).toEqual({ disposition: 'reset', deferred: true });
    expect(before).not.toContain('disconnect');
    expect(reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition: 'reset' });
    expect(service.readers()[0]?.connected).toBe(false);
  });

  it('is idempotent, and every later call fails with invalid-handle', async () => {
    const { reader, connection } = await connected();

    await Promise.all([connection.disconnect(), connection.disconnect()]);
    await connection.disconnect();

    expect(reader.calledOps().filter((op) => op === 'disconnect')).toHaveLength(1);
    expect(connection.state).toBe('closed');
    await expect(connection.transmit(GET_CARD_DATA)).rejects.toMatchObject({ code: 'invalid-handle' });
    await expect(connection.control(0x42000d48, new Uint8Array(0))).rejects.toMatchObject({
      code: 'invalid-handle',
      operation: 'control',
    });
  });

  it('never rejects: a failed SCardDisconnect is reported in the result', async () => {
    const { reader, connection } = await connected();
    reader.disconnectWith = () => {
      throw scardError('SCardDisconnect', 0x8010001d, 'Service not available');
    };

    const result = await connection.disconnect();

    expect(result.error).toMatchObject({ code: 'service-unavailable', operation: 'disconnect' });
  });
});

describe('PcscConnection.exclusive', () => {
  it('runs exclusive blocks one after the other', async () => {
    const { connection } = await connected();
    const order: string[] = [];
    const gate = deferred<void>();

    const first = connection.exclusive(async () => {
      order.push('first start');
      await gate.promise;
      order.push('first end');
    });
    const second = connection.exclusive(async () => {
      order.push('second');
    });
    await flush();
    const whileHeld = [...order];
    gate.resolve();
    await Promise.all([first, second]);

    expect(whileHeld).toEqual(['first start']);
    expect(order).toEqual(['first start', 'first end', 'second']);
  });

  it('keeps other callers’ APDUs out of an exclusive sequence; its own pass (re-entrant)', async () => {
    const { reader, connection } = await connected();
    reader.answer = SW('90 00');
    const gate = deferred<void>();

    const sequence = connection.exclusive(async () => {
      await connection.transmit(hex('00 A4 08 0C 02 3F 00'));
      await gate.promise;
      await connection.exclusive(() => connection.transmit(hex('00 B0 00 00 10')));
    });
    await flush(); // the sequence holds the lock and waits at the gate
    const outsider = connection.transmit(GET_CARD_DATA);
    await flush();
    gate.resolve();
    await Promise.all([sequence, outsider]);

    expect(transmitted(reader)).toEqual(['00a4080c023f00', '00b0000010', '80e400001c']);
  });

  it('releases the lock when the work throws', async () => {
    const { connection } = await connected();

    await expect(connection.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');

    await expect(connection.transmit(GET_CARD_DATA)).resolves.toEqual(hex('90 00'));
  });
});
