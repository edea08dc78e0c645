import type { CardKeys } from './card-keys.ts';
import type { DedicatedFile, ElementaryFile } from './file-system.ts';
import type { Personality } from './personality.ts';
import type { CardholderPin } from './pin-access.ts';

/** The security environment set by MSE SET (belpic-protocol.md §7.1). */
export interface SecurityEnvironment {
  readonly algorithm: number;
  readonly key: number;
}

/** State that lives until the next reset: selection, SE, pending GET RESPONSE data. */
export interface CardSession {
  /** False after another application was selected (e.g. `00 A4 04 00 00`, the card manager). */
  appletSelected: boolean;
  currentDf: DedicatedFile;
  currentEf: ElementaryFile | undefined;
  securityEnvironment: SecurityEnvironment | undefined;
  /** Data waiting for GET RESPONSE after a `61 xx`. */
  pendingResponse: Uint8Array | undefined;
}

/** Persistent card state: survives resets (EEPROM in a real chip). */
export interface CardPersistentState {
  /** INTERNAL AUTHENTICATE calls since the last successful VERIFY (limit 5000, §7.5). */
  internalAuthenticateCount: number;
}

/** Everything a command handler may read or change. */
export interface AppletContext {
  readonly personality: Personality;
  readonly mf: DedicatedFile;
  readonly keys: CardKeys;
  readonly pin: CardholderPin;
  readonly session: CardSession;
  readonly persistent: CardPersistentState;
  /** Random bytes (GET CHALLENGE); injectable so tests stay deterministic. */
  readonly random: (length: number) => Uint8Array;
}

/** A fresh session after power-on or reset: applet selected, MF current (RM18 §2.2). */
export function newSession(mf: DedicatedFile): CardSession {
  return {
    appletSelected: true,
    currentDf: mf,
    currentEf: undefined,
    securityEnvironment: undefined,
    pendingResponse: undefined,
  };
}
