/**
 * The BELPIC applet protocol over a {@link CardChannel}: identify, read, PIN, sign, chip
 * authentication (belpic-protocol.md). Nothing here knows PC/SC; `native/pcsc/` provides the
 * channel for real readers.
 */
export type { CardChannel, PinpadChannel, PinpadVerifyRequest } from './card-channel.ts';
export { BelpicCard, type CardFiles } from './belpic-card.ts';
export { BelpicError, type BelpicErrorCode, type BelpicErrorDetails } from './belpic-error.ts';
export { APPLET_PROFILES, appletProfile, type AppletProfile } from './applet-profiles.ts';
export { BELGIAN_EID_ATRS, matchAtr } from './atr-table.ts';
export { CARD_FILES, CERTIFICATE_FILES, type CardFileName } from './card-files.ts';
export type { CardIdentification } from './identify-card.ts';
export { CHIP_CHALLENGE_LENGTH } from './internal-authenticate.ts';
export { PIN_MAX_DIGITS, PIN_MIN_DIGITS } from './pin-block.ts';
export { KEY_REFERENCE, type SignRequest, type UserKey } from './sign.ts';
export { interpretStatusWord, StatusWord, type StatusOutcome } from './status-words.ts';
export { belgianPinpadRequest, type PinEntry, type PinStatus } from './verify-pin.ts';
