import { describe, expect, it } from 'vitest';
import type { PinpadVerifyRequest } from '../../../../../native/belpic/card-channel.ts';
import { buildPinVerifyStructure } from '../../../../../native/pcsc/index.ts';
import { scardError } from '../fakes/fake-binding.ts';
import { ATR_18, startService } from '../service-harness.ts';

const hex = (text: string): Uint8Array =>
  Uint8Array.from(text.split(/\s+/).filter(Boolean), (b) => parseInt(b, 16));
/** SCARD_CTL_CODE(3400) on pcsc-lite. */
const GET_FEATURE_REQUEST = 0x42000d48;

const REQUEST: PinpadVerifyRequest = {
  timeoutSeconds: 30,
  formatString: 0x89,
  pinBlockString: 0x47,
  pinLengthFormat: 0x04,
  minDigits: 4,
  maxDigits: 12,
  entryValidation: 0x02,
  languageId: 0x040c,
  apduTemplate: hex('00 20 00 01 08 20 FF FF FF FF FF FF FF'),
};

async function connectedTo(features: Uint8Array | Error) {
  const harness = startService();
  const reader = harness.binding.context.addReader('Pinpad');
  reader.insert(ATR_18);
  reader.controlAnswer = (code) => {
    if (code !== GET_FEATURE_REQUEST) return hex('90 00');
    if (features instanceof Error) throw features;
    return features;
  };
  const connection = await harness.service.connect('Pinpad');
  return { ...harness, reader, connection };
}

describe('part 10 features and the pinpad of a connection', () => {
  it('asks CM_IOCTL_GET_FEATURE_REQUEST once per connection (cached)', async () => {
    const { reader, connection } = await connectedTo(hex('06 04 42 33 00 06'));

    await connection.features();
    await connection.features();

    expect(reader.calls.filter((c) => c.op === 'control')).toEqual([
      { op: 'control', code: GET_FEATURE_REQUEST, data: new Uint8Array(0) },
    ]);
  });

  it('has a pinpad when the reader advertises VERIFY_PIN_DIRECT, and sends the structure with its code', async () => {
    const { reader, connection } = await connectedTo(hex('0A 04 42 33 00 0A  06 04 42 33 00 06'));

    const response = await connection.pinpad?.verifyPin(REQUEST);

    expect(connection.pinpad).toBeDefined();
    expect(response).toEqual(hex('90 00'));
    expect(reader.calls.at(-1)).toEqual({
      op: 'control',
      code: 0x42330006,
      data: buildPinVerifyStructure(REQUEST),
    });
  });

  it.each([
    ['features without VERIFY_PIN_DIRECT', hex('0A 04 42 33 00 0A  07 04 42 33 00 07')],
    ['an empty answer', new Uint8Array(0)],
    ['a malformed answer', hex('06 02 42 33')],
    ['SCARD_E_UNSUPPORTED_FEATURE (vpcd)', scardError('SCardControl', 0x8010001f, 'Feature not supported')],
  ])('has no pinpad with %s', async (_what, answer) => {
    const { connection } = await connectedTo(answer);

    expect(connection.pinpad).toBeUndefined();
    expect((await connection.features()).has('VERIFY_PIN_DIRECT')).toBe(false);
  });

  it.each([
    ['90 00', 'reset'],
    ['63 C2', 'leave'],
    ['64 01', 'leave'],
  ] as const)(
    'after a pinpad verify answered %s the disconnect disposition is %s',
    async (sw, disposition) => {
      const { reader, connection } = await connectedTo(hex('06 04 42 33 00 06'));
      reader.controlAnswer = () => hex(sw);

      await connection.pinpad?.verifyPin(REQUEST);
      await connection.disconnect();

      expect(reader.calls.at(-1)).toEqual({ op: 'disconnect', disposition });
    },
  );

  it('waits for the person longer than an APDU: 2 × bTimerOut + 30 s', async () => {
    const { reader, scheduler, connection } = await connectedTo(hex('06 04 42 33 00 06'));
    reader.controlAnswer = () => new Promise(() => {});
    const outcome = connection.pinpad!.verifyPin(REQUEST).catch((e: unknown) => e);

    await scheduler.advance(89_999);
    const early = await Promise.race([outcome, Promise.resolve('pending')]);
    await scheduler.advance(1);

    expect(early).toBe('pending');
    expect(await outcome).toMatchObject({ code: 'timeout', operation: 'pinpad-verify' });
  });
});
