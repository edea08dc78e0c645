/**
 * PC/SC part 10 v2.02.09 §2.3 feature tags, as answered to CM_IOCTL_GET_FEATURE_REQUEST (the
 * same values as pcsc-lite's `reader.h`). Each maps to the SCardControl code that invokes it.
 */
export const FEATURE = {
  /** Start PIN verification on the reader (two-step verify). */
  VERIFY_PIN_START: 0x01,
  /** Finish a two-step verify. */
  VERIFY_PIN_FINISH: 0x02,
  /** Start a two-step PIN change. */
  MODIFY_PIN_START: 0x03,
  /** Finish a two-step PIN change. */
  MODIFY_PIN_FINISH: 0x04,
  /** Key pressed during a two-step operation. */
  GET_KEY_PRESSED: 0x05,
  /** Verify the PIN on the reader's keypad in one step, with a PIN_VERIFY_STRUCTURE (§2.5.2). */
  VERIFY_PIN_DIRECT: 0x06,
  /** Change the PIN on the reader's keypad in one step, with a PIN_MODIFY_STRUCTURE (§2.5.3). */
  MODIFY_PIN_DIRECT: 0x07,
  /** Multifunctional card terminal command, reader part. */
  MCT_READER_DIRECT: 0x08,
  /** Multifunctional card terminal command, universal. */
  MCT_UNIVERSAL: 0x09,
  /** PIN_PROPERTIES_STRUCTURE: LCD layout, entry validation, timeout (§2.6.8). */
  IFD_PIN_PROPERTIES: 0x0a,
  /** Abort a PIN operation. */
  ABORT: 0x0b,
  /** Set the reader's message texts. */
  SET_SPE_MESSAGE: 0x0c,
  /** VERIFY_PIN_DIRECT with an application identifier. */
  VERIFY_PIN_DIRECT_APP_ID: 0x0d,
  /** MODIFY_PIN_DIRECT with an application identifier. */
  MODIFY_PIN_DIRECT_APP_ID: 0x0e,
  /** Write to the reader's display. */
  WRITE_DISPLAY: 0x0f,
  /** Read one key from the keypad. */
  GET_KEY: 0x10,
  /** Display properties. */
  IFD_DISPLAY_PROPERTIES: 0x11,
  /** TLV properties of the reader (§2.6.14). */
  GET_TLV_PROPERTIES: 0x12,
  /** CCID escape command. */
  CCID_ESC_COMMAND: 0x13,
  /** PACE (BSI TR-03119). */
  EXECUTE_PACE: 0x20,
} as const;

/** Name of a part 10 feature. */
export type FeatureName = keyof typeof FEATURE;

/** The reader's features: feature → the control code to pass to SCardControl. */
export type PcscFeatures = ReadonlyMap<FeatureName, number>;

/**
 * CM_IOCTL_GET_FEATURE_REQUEST is SCARD_CTL_CODE(3400) (part 10 §2.2; pcsc-lite `reader.h`);
 * this is the function number, turned into a control code by the platform's SCARD_CTL_CODE.
 */
export const GET_FEATURE_REQUEST_FUNCTION = 3400;
