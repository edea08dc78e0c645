/**
 * What the BELPIC protocol needs from "a card in a reader" (architecture.md, "Card layer
 * shape"): send a command APDU and get the response APDU, and send a reader control code. The
 * PC/SC connection (`native/pcsc/`), the in-process virtual card and the recorded-script
 * `ScriptedCard` of the tests all provide it, so the same protocol code runs over each.
 */
export interface CardChannel {
  /** Answer-to-reset of the card as the reader reported it at connect. */
  readonly atr: Uint8Array;
  /**
   * Sends one command APDU, resolves with the response APDU (data ‖ SW1 SW2). Rejects with
   * the transport's typed error (card removed, reader gone, timeout, ...).
   */
  transmit(command: Uint8Array): Promise<Uint8Array>;
  /** SCardControl: sends `data` with control `code`, resolves with the reader's answer. */
  control(code: number, data: Uint8Array): Promise<Uint8Array>;
  /**
   * PIN entry on the reader's own keypad (PC/SC part 10 `FEATURE_VERIFY_PIN_DIRECT`), when
   * the reader has one; absent otherwise.
   */
  readonly pinpad?: PinpadChannel;
  /**
   * Runs `work` with no other process's APDUs interleaved (SCardBeginTransaction /
   * EndTransaction or an equivalent); channels without such a notion run it directly.
   */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * A reader with a PIN pad. The structure sent is the PC/SC part 10 `PIN_VERIFY_STRUCTURE`
 * (PC/SC part 10 v2.02.09 §2.5.2), built by `native/pcsc/part10/` from these parameters.
 */
export interface PinpadChannel {
  /**
   * Asks the person to type the PIN on the reader; the reader inserts it into `apduTemplate`
   * and sends it to the card. Resolves with the response APDU: the card's SW (9000, 63Cx,
   * 6983, ...) or the reader's own (6400 timeout, 6401 cancelled, 6403 bad length, 6B80).
   */
  verifyPin(request: PinpadVerifyRequest): Promise<Uint8Array>;
}

/** Everything a PC/SC part 10 verify needs besides the reader's control code. */
export interface PinpadVerifyRequest {
  /** bTimerOut and bTimerOut2, in seconds. */
  readonly timeoutSeconds: number;
  /** bmFormatString (position, justification, BCD/ASCII; part 10 §2.5.2). */
  readonly formatString: number;
  /** bmPINBlockString (PIN length field size in bits ‖ PIN block size in bytes). */
  readonly pinBlockString: number;
  /** bmPINLengthFormat (unit and position of the PIN length field). */
  readonly pinLengthFormat: number;
  readonly minDigits: number;
  readonly maxDigits: number;
  /** bEntryValidationCondition (02 = validation key pressed). */
  readonly entryValidation: number;
  /** Windows LANGID of the reader's prompt (0x0413 nl, 0x040C fr, 0x0407 de, 0x0409 en). */
  readonly languageId: number;
  /** The VERIFY command the reader completes with the PIN (e.g. `00 20 00 01 08 20 FF…`). */
  readonly apduTemplate: Uint8Array;
}
