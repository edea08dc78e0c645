/**
 * Status words the BELPIC applet answers with, as listed in the status tables of the applet
 * reference manuals (RM17 §6, RM18 §6) and summarised in belpic-protocol.md §8.
 */
export const SW = {
  /** 90 00: normal end. */
  OK: 0x9000,
  /** 62 83: selected file not activated (1.7 SELECT). */
  FILE_NOT_ACTIVATED_17: 0x6283,
  /** 63 Cx: verification failed, x tries left (add x to this base). */
  WRONG_PIN_BASE: 0x63c0,
  /** 64 00: no precise diagnostic. */
  NO_DIAGNOSTIC: 0x6400,
  /** 65 81: EEPROM corrupted; the card goes mute until reset. */
  EEPROM_CORRUPTED: 0x6581,
  /** 67 00: wrong length (Lc, DTBS length). */
  WRONG_LENGTH: 0x6700,
  /** 68 81: logical channel / wrong class (1.7 and 1.8 list it besides 6E00). */
  WRONG_CLASS: 0x6881,
  /** 69 81: command incompatible with file structure (READ RECORD on a transparent EF). */
  INCOMPATIBLE_FILE: 0x6981,
  /** 69 82: security status not satisfied (PIN right missing). */
  SECURITY_NOT_SATISFIED: 0x6982,
  /** 69 83: authentication method blocked (PIN tries exhausted). */
  PIN_BLOCKED: 0x6983,
  /** 69 85: conditions of use not satisfied (no SE, key not activated, nothing to GET RESPONSE). */
  CONDITIONS_NOT_SATISFIED: 0x6985,
  /** 69 86: command not allowed, no current EF. */
  NO_CURRENT_EF: 0x6986,
  /** 69 99: forbidden logical channel. */
  FORBIDDEN_CHANNEL: 0x6999,
  /** 6A 80: incorrect data (tag, algorithm, PIN format). */
  INCORRECT_DATA: 0x6a80,
  /** 6A 82: file not found. */
  FILE_NOT_FOUND: 0x6a82,
  /** 6A 83: record not found. */
  RECORD_NOT_FOUND: 0x6a83,
  /** 6A 86: incorrect P1-P2. */
  WRONG_P1P2: 0x6a86,
  /** 6A 87: Lc inconsistent with P1-P2. */
  LC_INCONSISTENT: 0x6a87,
  /** 6A 88: referenced data (PIN, key) not found. */
  REFERENCE_NOT_FOUND: 0x6a88,
  /** 6B 00: wrong P1-P2 / offset outside the EF. */
  WRONG_PARAMETERS: 0x6b00,
  /** 6D 00: instruction not supported / not available in this life cycle or applet state. */
  INS_NOT_SUPPORTED: 0x6d00,
  /** 6E 00: class not supported. */
  CLA_NOT_SUPPORTED: 0x6e00,
} as const;

/** `61 xx`: xx more bytes wait for GET RESPONSE (`00` means 256). */
export function moreData(length: number): number {
  return 0x6100 | (length & 0xff);
}

/** `6C xx`: wrong Le, xx is the exact number of bytes available (`00` means 256). */
export function wrongLe(available: number): number {
  return 0x6c00 | (available & 0xff);
}

/** `63 Cx`: wrong PIN, x tries left. */
export function wrongPin(triesLeft: number): number {
  return SW.WRONG_PIN_BASE | (triesLeft & 0x0f);
}
