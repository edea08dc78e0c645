import type { CardChannel } from './card-channel.ts';
import { appletProfile, type AppletProfile } from './applet-profiles.ts';
import { matchAtr } from './atr-table.ts';
import { BelpicError } from './belpic-error.ts';
import { getCardData } from './get-card-data.ts';
import { selectAppletCommand } from './select.ts';
import { exchange } from './apdu/exchange.ts';
import { interpretStatusWord } from './status-words.ts';
import { pinStatusByEmptyVerify, type PinStatus } from './verify-pin.ts';
import { parseCardData, type CardData } from '../../common/eid/card-data.ts';
import { ParseError } from '../../common/binary/parse-error.ts';

/** Applet life cycle PERSONALIZED, GET CARD DATA byte 27 (§1.4). */
const LIFE_CYCLE_PERSONALISED = 0x0f;

/** What identification learns about the card in the reader. */
export interface CardIdentification {
  readonly applet: AppletProfile;
  /** The parsed GET CARD DATA response (serial, versions, life cycle, ...). */
  readonly cardData: CardData;
  /** Whether the ATR is in the Belgian table; false when the card was accepted by probing. */
  readonly atrKnown: boolean;
  /** PIN state read without spending a try (§6.1). */
  readonly pinStatus: PinStatus;
}

/**
 * Identifies a Belgian eID with the fewest APDUs (§1.1, §1.4, §12.1 steps 1–3). The ATR only
 * proposes: a 1.8 ATR gets GET CARD DATA P2 01 (data and PIN tries in one APDU); the 1.7 ATR
 * gets P2 00 and an empty VERIFY (safe on 1.7) for the tries; an unknown ATR (contactless or
 * a look-alike platform, §11) must answer SELECT applet and GET CARD DATA to be accepted.
 * Anything else is `not-belgian-eid`.
 */
export async function identifyCard(channel: CardChannel): Promise<CardIdentification> {
  const atr = matchAtr(channel.atr);
  if (!atr) await probeApplet(channel);
  const proposesPinTries = atr?.description.endsWith('1.8') ?? false;
  let response = await getCardData(channel, proposesPinTries);
  if (proposesPinTries && response.sw !== 0x9000) response = await getCardData(channel, false);
  if (atr && interpretStatusWord(response.sw).kind === 'applet-not-selected') {
    await probeApplet(channel);
    response = await getCardData(channel, false);
  }
  if (response.sw !== 0x9000) throw new BelpicError('not-belgian-eid', { operation: 'GET CARD DATA' });
  const cardData = parseOrRefuse(response.data);
  const applet = appletProfile(cardData.appletVersion);
  if (!applet) throw new BelpicError('unsupported-applet', { operation: 'GET CARD DATA' });
  if (cardData.lifeCycle !== LIFE_CYCLE_PERSONALISED) {
    throw new BelpicError('card-not-personalised', { operation: 'GET CARD DATA' });
  }
  const pinStatus = await readPinStatus(channel, applet, cardData);
  return { applet, cardData, atrKnown: atr !== undefined, pinStatus };
}

/** PIN tries without spending one: GET CARD DATA byte 28 on 1.8, the empty VERIFY on 1.7. */
export async function readPinStatus(
  channel: CardChannel,
  applet: AppletProfile,
  known?: CardData,
): Promise<PinStatus> {
  if (applet.pinTriesSource === 'empty-verify') return pinStatusByEmptyVerify(channel);
  let cardData = known;
  if (cardData?.pinTriesLeft === undefined) {
    const response = await getCardData(channel, true);
    if (response.sw !== 0x9000) return pinStatusByEmptyVerify(channel);
    cardData = parseOrRefuse(response.data);
  }
  const tries = cardData.pinTriesLeft;
  if (tries === undefined) return pinStatusByEmptyVerify(channel);
  return tries === 0 ? { kind: 'blocked' } : { kind: 'tries-left', triesLeft: tries };
}

async function probeApplet(channel: CardChannel): Promise<void> {
  const response = await exchange(channel, selectAppletCommand(), 'SELECT applet');
  if (response.sw !== 0x9000) throw new BelpicError('not-belgian-eid', { operation: 'SELECT applet' });
}

function parseOrRefuse(bytes: Uint8Array): CardData {
  try {
    return parseCardData(bytes);
  } catch (error) {
    if (error instanceof ParseError) throw new BelpicError('not-belgian-eid', { operation: 'GET CARD DATA' });
    throw error;
  }
}
