import { describe, expect, it } from 'vitest';
import type { CardChannel, PinpadVerifyRequest } from '../../../../native/belpic/card-channel.ts';
import type { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { belgianPinpadRequest, verifyPin } from '../../../../native/belpic/verify-pin.ts';
import { hex, toHex } from '../../../support/hex.ts';
import { ScriptedCard } from '../../../support/scripted-card.ts';
import { pinDigits, rejection } from './scripted.ts';

describe('VERIFY (belpic-protocol.md §6.1)', () => {
  it('sends a wrong PIN exactly once and reports the tries left, with the PIN zero-filled', async () => {
    const card = ScriptedCard.load('verify-wrong-pin');
    const digits = pinDigits('1243');
    const error = (await rejection(verifyPin(card, { kind: 'digits', digits }))) as BelpicError;
    card.assertFinished();
    expect(card.sent).toHaveLength(1);
    expect([error.code, error.details.triesLeft]).toEqual(['wrong-pin', 2]);
    expect(JSON.stringify(error) + error.message).not.toMatch(/1243|12 43/);
    expect(digits.every((b) => b === 0)).toBe(true);
  });

  it('reports a blocked PIN', async () => {
    const card = ScriptedCard.load('verify-blocked');
    const error = (await rejection(
      verifyPin(card, { kind: 'digits', digits: pinDigits('123456789012') }),
    )) as BelpicError;
    expect(error.code).toBe('pin-blocked');
  });

  it('zero-fills the digits also when the PIN format is refused, sending nothing', async () => {
    const card = ScriptedCard.load('verify-blocked');
    const digits = pinDigits('12x4');
    const error = (await rejection(verifyPin(card, { kind: 'digits', digits }))) as BelpicError;
    expect(error.code).toBe('invalid-pin-format');
    expect(card.sent).toEqual([]);
    expect(digits.every((b) => b === 0)).toBe(true);
  });
});

/** A channel with a fake pinpad that answers `sw` and records the request. */
function pinpadChannel(sw: string): CardChannel & { requests: PinpadVerifyRequest[] } {
  const requests: PinpadVerifyRequest[] = [];
  return {
    requests,
    atr: new Uint8Array(0),
    transmit: () => Promise.reject(new Error('no APDU expected')),
    control: () => Promise.reject(new Error('no control expected')),
    pinpad: {
      verifyPin: async (request) => {
        requests.push(request);
        return hex(sw);
      },
    },
  };
}

describe('VERIFY on a pinpad reader (belpic-protocol.md §6.4)', () => {
  it('sends the Belgian PIN_VERIFY parameters with the VERIFY template', async () => {
    const channel = pinpadChannel('90 00');
    await verifyPin(channel, { kind: 'pinpad', languageId: 0x0413 });
    const request = channel.requests[0] as PinpadVerifyRequest;
    expect(toHex(request.apduTemplate)).toBe('00 20 00 01 08 20 FF FF FF FF FF FF FF');
    expect(request).toMatchObject({
      timeoutSeconds: 30,
      formatString: 0x89,
      pinBlockString: 0x47,
      pinLengthFormat: 0x04,
      minDigits: 4,
      maxDigits: 12,
      entryValidation: 0x02,
      languageId: 0x0413,
    });
    expect(belgianPinpadRequest(0x040c).languageId).toBe(0x040c);
  });

  it.each([
    ['64 00', 'pinpad-timeout'],
    ['64 01', 'pinpad-cancelled'],
    ['64 03', 'pinpad-rejected'],
    ['63 C1', 'wrong-pin'],
    ['69 83', 'pin-blocked'],
  ])('maps the answer %s to %s', async (sw, code) => {
    const error = (await rejection(
      verifyPin(pinpadChannel(sw), { kind: 'pinpad', languageId: 0x0409 }),
    )) as BelpicError;
    expect(error.code).toBe(code);
  });

  it('says no-pinpad on a reader without one', async () => {
    const card = ScriptedCard.load('verify-blocked');
    const error = (await rejection(verifyPin(card, { kind: 'pinpad', languageId: 0x0409 }))) as BelpicError;
    expect(error.code).toBe('no-pinpad');
    expect(card.sent).toEqual([]);
  });
});
