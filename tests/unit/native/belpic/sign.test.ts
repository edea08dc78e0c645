import { describe, expect, it } from 'vitest';
import type { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { authenticateChip } from '../../../../native/belpic/internal-authenticate.ts';
import { signWithUserKey } from '../../../../native/belpic/sign.ts';
import { ScriptedCard, ScriptedCardRemovedError, scriptHex } from '../../../support/scripted-card.ts';
import { APPLET_17, APPLET_18, pinDigits, rejection } from './scripted.ts';

describe('signing (belpic-protocol.md §6.3, §7)', () => {
  it('signs non-repudiation on 1.8 with MSE SET → VERIFY → PSO:CDS adjacent and returns raw r‖s', async () => {
    const card = ScriptedCard.load('sign-non-repudiation-1.8');
    const digits = pinDigits('1234');
    const signature = await signWithUserKey(card, APPLET_18, {
      key: 'nonRepudiation',
      hash: 'SHA-384',
      digest: scriptHex('5E*48'),
      pin: { kind: 'digits', digits },
    });
    card.assertFinished();
    expect(card.sent.map((c) => c.slice(0, 5))).toEqual(['00 22', '00 20', '00 2A', '00 C0']);
    expect(signature).toEqual(scriptHex('71*48 72*48'));
    expect(digits.every((b) => b === 0)).toBe(true);
  });

  it('signs for authentication on 1.7 over a SHA-256 DigestInfo and returns the 256-byte signature', async () => {
    const card = ScriptedCard.load('sign-authentication-1.7');
    const signature = await signWithUserKey(card, APPLET_17, {
      key: 'authentication',
      hash: 'SHA-256',
      digest: scriptHex('4D*32'),
      pin: { kind: 'digits', digits: pinDigits('5678') },
    });
    card.assertFinished();
    expect(signature.length).toBe(256);
  });

  it('stops after a wrong PIN: no PSO:CDS, no second VERIFY', async () => {
    const card = ScriptedCard.load('sign-wrong-pin');
    const error = (await rejection(
      signWithUserKey(card, APPLET_18, {
        key: 'nonRepudiation',
        hash: 'SHA-384',
        digest: scriptHex('5E*48'),
        pin: { kind: 'digits', digits: pinDigits('9999') },
      }),
    )) as BelpicError;
    card.assertFinished();
    expect([error.code, error.details.triesLeft]).toEqual(['wrong-pin', 1]);
  });

  it('passes the transport error on when the card is pulled, and sends nothing after it', async () => {
    const card = ScriptedCard.load('sign-removed');
    const error = await rejection(
      signWithUserKey(card, APPLET_18, {
        key: 'nonRepudiation',
        hash: 'SHA-384',
        digest: scriptHex('5E*48'),
        pin: { kind: 'digits', digits: pinDigits('1234') },
      }),
    );
    card.assertFinished();
    expect(error).toBeInstanceOf(ScriptedCardRemovedError);
  });

  it('refuses a non-repudiation signature without a PIN and a digest of the wrong length, sending nothing', async () => {
    const card = ScriptedCard.load('sign-removed');
    const noPin = (await rejection(
      signWithUserKey(card, APPLET_18, {
        key: 'nonRepudiation',
        hash: 'SHA-384',
        digest: scriptHex('5E*48'),
      }),
    )) as BelpicError;
    expect(noPin.code).toBe('security-status-not-satisfied');
    const digits = pinDigits('1234');
    const wrongLength = await rejection(
      signWithUserKey(card, APPLET_18, {
        key: 'authentication',
        hash: 'SHA-384',
        digest: scriptHex('5E*32'),
        pin: { kind: 'digits', digits },
      }),
    );
    expect(wrongLength).toBeInstanceOf(RangeError);
    expect(digits.every((b) => b === 0)).toBe(true);
    expect(card.sent).toEqual([]);
  });
});

describe('INTERNAL AUTHENTICATE (belpic-protocol.md §7.5)', () => {
  it('sends the challenge under tag 94 and returns raw r‖s', async () => {
    const card = ScriptedCard.load('internal-authenticate-1.8');
    const signature = await authenticateChip(card, APPLET_18, scriptHex('3C*48'));
    card.assertFinished();
    expect(signature).toEqual(scriptHex('81*48 82*48'));
  });

  it('is not offered by applet 1.7', async () => {
    const card = ScriptedCard.load('internal-authenticate-1.8');
    const error = (await rejection(authenticateChip(card, APPLET_17, scriptHex('3C*48')))) as BelpicError;
    expect(error.code).toBe('not-supported-by-applet');
    expect(card.sent).toEqual([]);
  });
});
