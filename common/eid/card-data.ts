import { ByteReader } from '../binary/byte-reader.ts';
import { toHex } from '../binary/hex.ts';

/** Response lengths of GET CARD DATA, belpic-protocol.md §1.4. */
export const CARD_DATA_LENGTH = {
  /** `80 E4 00 00 1C`: all applets. */
  BASIC: 28,
  /** `80 E4 00 01 1F`: applet 1.8 only, the 28 bytes + PIN tries + 2 RFU bytes. */
  WITH_PIN_TRIES: 31,
} as const;

/** Applet life cycle states (byte 27), §1.4 [RM17 Table 32], [RM18 Table 46]. */
export const APPLET_LIFE_CYCLES = {
  /** SELECTABLE: applet installed, card not issued. */
  0x07: 'selectable',
  /** PERSONALIZED: an issued card. */
  0x0f: 'personalised',
} as const;

/** A named life cycle state of {@link APPLET_LIFE_CYCLES}. */
export type AppletLifeCycle = (typeof APPLET_LIFE_CYCLES)[keyof typeof APPLET_LIFE_CYCLES];

/** Byte 28 value meaning "PIN not found" (§1.4). */
const PIN_NOT_FOUND = 0xff;

/** The decoded GET CARD DATA response (applet 1.7/1.8 layout). */
export interface CardData {
  /** Bytes 0–15 (a copy): 2 bytes reserved, 2 bytes chip manufacturer, 12 bytes unique chip id. */
  readonly serial: Uint8Array;
  /** The serial in upper-case hex, e.g. `534C494E…`: equals identity tag `02` on sample cards. */
  readonly serialHex: string;
  /** Byte 16: component code (chip dependent). */
  readonly componentCode: number;
  /** Byte 17: OS number. */
  readonly osNumber: number;
  /** Byte 18: OS version. */
  readonly osVersion: number;
  /** Byte 19: softmask number. */
  readonly softmaskNumber: number;
  /** Byte 20: softmask version. */
  readonly softmaskVersion: number;
  /** Byte 21: applet version, `0x17` (1.7), `0x18` (1.8), `0x11` (1.1). */
  readonly appletVersion: number;
  /** Bytes 22–23, big-endian: global OS version (`0003` on 1.7, `0001` on 1.8). */
  readonly globalOsVersion: number;
  /** Byte 24: applet interface version. */
  readonly appletInterfaceVersion: number;
  /** Byte 25: PKCS#1 support (`0x21` = PKCS#1 v2.1 on 1.7, `0x00` on 1.8). */
  readonly pkcs1Support: number;
  /** Byte 26: key exchange version. */
  readonly keyExchangeVersion: number;
  /** Byte 27: applet life cycle code. */
  readonly lifeCycle: number;
  /** The name of {@link CardData.lifeCycle}, `unknown` when not in {@link APPLET_LIFE_CYCLES}. */
  readonly lifeCycleState: AppletLifeCycle | 'unknown';
  /** Whether the response was the 31-byte form (P2 = `01`). */
  readonly hasPinTries: boolean;
  /** Byte 28 of the 31-byte form: tries left for PIN `01`; `undefined` for `FF` ("PIN not found") or the 28-byte form. */
  readonly pinTriesLeft: number | undefined;
}

/**
 * Parses the GET CARD DATA response data (SW removed), belpic-protocol.md §1.4 /
 * [RM17 Table 32], [RM18 Table 46/47]:
 * `serial(16) ‖ component ‖ OS# ‖ OS v ‖ softmask# ‖ softmask v ‖ applet v ‖ global OS v(2) ‖
 * interface v ‖ PKCS#1 ‖ key exchange v ‖ life cycle` (28 bytes, P2 = `00`), plus
 * `PIN tries ‖ RFU ‖ RFU` (31 bytes, P2 = `01`). Any other length throws a {@link ParseError}.
 * Applet 1.1 cards (byte 21 = `0x11`) use another tail; only the serial and
 * {@link CardData.appletVersion} are meaningful for them.
 */
export function parseCardData(bytes: Uint8Array): CardData {
  const reader = new ByteReader(bytes, 'GET CARD DATA response');
  if (bytes.length !== CARD_DATA_LENGTH.BASIC && bytes.length !== CARD_DATA_LENGTH.WITH_PIN_TRIES) {
    throw reader.error(`length ${bytes.length} is neither 28 nor 31 bytes`, 0);
  }
  const serial = reader.take(16).slice();
  const [componentCode, osNumber, osVersion, softmaskNumber, softmaskVersion, appletVersion] = [
    reader.u8(),
    reader.u8(),
    reader.u8(),
    reader.u8(),
    reader.u8(),
    reader.u8(),
  ];
  const globalOsVersion = reader.u16();
  const [appletInterfaceVersion, pkcs1Support, keyExchangeVersion, lifeCycle] = [
    reader.u8(),
    reader.u8(),
    reader.u8(),
    reader.u8(),
  ];
  const hasPinTries = !reader.atEnd;
  const pinTries = hasPinTries ? reader.u8() : PIN_NOT_FOUND;
  return {
    serial,
    serialHex: toHex(serial),
    componentCode,
    osNumber,
    osVersion,
    softmaskNumber,
    softmaskVersion,
    appletVersion,
    globalOsVersion,
    appletInterfaceVersion,
    pkcs1Support,
    keyExchangeVersion,
    lifeCycle,
    lifeCycleState: (APPLET_LIFE_CYCLES as Readonly<Record<number, AppletLifeCycle>>)[lifeCycle] ?? 'unknown',
    hasPinTries,
    pinTriesLeft: pinTries === PIN_NOT_FOUND ? undefined : pinTries,
  };
}
