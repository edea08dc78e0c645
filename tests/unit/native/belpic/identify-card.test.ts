import { describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import type { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { ScriptedCard } from '../../../support/scripted-card.ts';
import { rejection } from './scripted.ts';

describe('identifying a card (belpic-protocol.md §1.1, §1.4, §12.1)', () => {
  it('identifies 1.8 and its PIN tries with one APDU', async () => {
    const card = ScriptedCard.load('identify-1.8');
    const eid = await BelpicCard.open(card);
    card.assertFinished();
    expect(eid.applet.version).toBe('1.8');
    expect(eid.identification.pinStatus).toEqual({ kind: 'tries-left', triesLeft: 3 });
    expect(eid.identification.atrKnown).toBe(true);
  });

  it('identifies 1.7 with GET CARD DATA P2 00 and the empty VERIFY', async () => {
    const card = ScriptedCard.load('identify-1.7');
    const eid = await BelpicCard.open(card);
    card.assertFinished();
    expect(eid.applet.version).toBe('1.7');
    expect(eid.identification.pinStatus).toEqual({ kind: 'tries-left', triesLeft: 3 });
  });

  it('follows 6C1F and reads a blocked PIN from byte 28', async () => {
    const card = ScriptedCard.load('identify-1.8-wrong-le');
    const eid = await BelpicCard.open(card);
    card.assertFinished();
    expect(eid.identification.pinStatus).toEqual({ kind: 'blocked' });
  });

  it('refuses a card that is not a Belgian eID', async () => {
    const card = ScriptedCard.load('identify-unknown-atr');
    const error = await rejection(BelpicCard.open(card));
    card.assertFinished();
    expect((error as BelpicError).code).toBe('not-belgian-eid');
  });

  it('refuses a card whose applet is not personalised', async () => {
    const card = ScriptedCard.load('identify-not-personalised');
    const error = await rejection(BelpicCard.open(card));
    card.assertFinished();
    expect((error as BelpicError).code).toBe('card-not-personalised');
  });
});
