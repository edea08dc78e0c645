import { describe, expect, it } from 'vitest';
import {
  parseScardCode,
  PcscError,
  RETRIABLE,
  scardCodeInfo,
  toPcscError,
  type PcscErrorCode,
} from '../../../../native/pcsc/index.ts';
import { knownScardValues } from '../../../../native/pcsc/scard-codes.ts';
import { scardError } from './fakes/fake-binding.ts';

/** The mapping decided for every SCARD_* code the app can meet (pcsclite.h, winerror.h). */
const EXPECTED: readonly (readonly [number, PcscErrorCode, boolean])[] = [
  [0x8010001d, 'service-unavailable', true], // SCARD_E_NO_SERVICE
  [0x8010001e, 'service-unavailable', true], // SCARD_E_SERVICE_STOPPED
  [0x80100013, 'service-unavailable', true], // SCARD_F_COMM_ERROR: pcscd socket broke
  [0x80100018, 'service-unavailable', true], // SCARD_P_SHUTDOWN
  [0x80100031, 'service-unavailable', true], // SCARD_E_SERVER_TOO_BUSY
  [0x8010002e, 'no-readers', true], // SCARD_E_NO_READERS_AVAILABLE
  [0x80100017, 'reader-unavailable', true], // SCARD_E_READER_UNAVAILABLE
  [0x80100009, 'reader-unavailable', true], // SCARD_E_UNKNOWN_READER
  [0x80100010, 'reader-unavailable', true], // SCARD_E_NOT_READY
  [0x8010000c, 'no-card', true], // SCARD_E_NO_SMARTCARD
  [0x80100069, 'card-removed', true], // SCARD_W_REMOVED_CARD
  [0x80100068, 'card-reset', true], // SCARD_W_RESET_CARD
  [0x80100066, 'card-unresponsive', true], // SCARD_W_UNRESPONSIVE_CARD
  [0x80100067, 'card-unresponsive', true], // SCARD_W_UNPOWERED_CARD
  [0x8010000f, 'card-unsupported', false], // SCARD_E_PROTO_MISMATCH
  [0x80100065, 'card-unsupported', false], // SCARD_W_UNSUPPORTED_CARD
  [0x8010001c, 'card-unsupported', false], // SCARD_E_CARD_UNSUPPORTED
  [0x8010000b, 'sharing-violation', true], // SCARD_E_SHARING_VIOLATION
  [0x8010000a, 'timeout', true], // SCARD_E_TIMEOUT
  [0x80100007, 'timeout', true], // SCARD_F_WAITED_TOO_LONG
  [0x80100002, 'cancelled', false], // SCARD_E_CANCELLED
  [0x80100012, 'cancelled', false], // SCARD_E_SYSTEM_CANCELLED
  [0x8010006e, 'cancelled', false], // SCARD_W_CANCELLED_BY_USER
  [0x80100016, 'transaction-failed', true], // SCARD_E_NOT_TRANSACTED
  [0x8010002f, 'transaction-failed', true], // SCARD_E_COMM_DATA_LOST
  [0x80100003, 'invalid-handle', true], // SCARD_E_INVALID_HANDLE
  [0x80100001, 'internal', false], // SCARD_F_INTERNAL_ERROR
  [0x80100004, 'internal', false], // SCARD_E_INVALID_PARAMETER
  [0x80100008, 'internal', false], // SCARD_E_INSUFFICIENT_BUFFER
  [0x8010001f, 'internal', false], // SCARD_E_UNSUPPORTED_FEATURE / SCARD_E_UNEXPECTED
];

describe('SCARD_* → PcscError', () => {
  it.each(EXPECTED.map(([value, code, retriable]) => [value.toString(16), value, code, retriable] as const))(
    '0x%s maps to %s',
    (_hex, value, code, retriable) => {
      const error = toPcscError(scardError('SCardTransmit', value), 'transmit');

      expect(error).toBeInstanceOf(PcscError);
      expect(error.code).toBe(code);
      expect(error.retriable).toBe(retriable);
      expect(error.operation).toBe('transmit');
      expect(error.scard).toBe(`0x${value.toString(16)}`);
      expect(error.message).toContain(error.scard);
      expect(error.message.startsWith('transmit: ')).toBe(true);
    },
  );

  it('knows a name and a meaning for every code in its table', () => {
    const values = knownScardValues();

    expect(values.length).toBeGreaterThanOrEqual(60);
    for (const value of values) {
      const info = scardCodeInfo(value);
      expect(info?.name).toMatch(/^SCARD_[EFPW]_[A-Z_]+$/);
      expect(info?.description.length).toBeGreaterThan(5);
    }
  });

  it('maps an unknown SCARD value to internal and keeps its hex', () => {
    const error = toPcscError(scardError('SCardConnect', 0x801000ff), 'connect');

    expect(error.code).toBe('internal');
    expect(error.retriable).toBe(false);
    expect(error.scard).toBe('0x801000ff');
    expect(error.scardName).toBeUndefined();
    expect(error.message).toContain('0x801000ff');
  });

  it('maps an error without an SCARD code (pcsclite argument checks, bugs) to internal', () => {
    const original = new Error('Card Reader not connected');
    const error = toPcscError(original, 'control');

    expect(error.code).toBe('internal');
    expect(error.scard).toBeUndefined();
    expect(error.cause).toBe(original);
  });

  it('passes a PcscError through unchanged', () => {
    const original = new PcscError('timeout', 'transmit', 'no answer within 5 ms');

    expect(toPcscError(original, 'control')).toBe(original);
  });

  it('every code of the closed set has a retriable decision', () => {
    expect(Object.keys(RETRIABLE).sort()).toEqual(
      [
        'service-unavailable',
        'no-readers',
        'reader-unavailable',
        'no-card',
        'card-removed',
        'card-reset',
        'card-unresponsive',
        'card-unsupported',
        'sharing-violation',
        'timeout',
        'cancelled',
        'transaction-failed',
        'invalid-handle',
        'internal',
      ].sort(),
    );
  });
});

describe('parseScardCode', () => {
  it.each([
    ['SCardEstablishContext error: Service not available.(0x8010001d)', 0x8010001d],
    ['SCardTransmit error: Card was removed.(0x80100069)', 0x80100069],
    ['SCardGetStatusChange error: RPC transport error.(0x80100013)', 0x80100013],
    ['SCardControl error: Feature not supported.(0x8010001F)', 0x8010001f],
    ['SCardConnect error: Sharing violation.(0x8010000b)  ', 0x8010000b],
  ])('reads the code at the end of %j', (message, code) => {
    expect(parseScardCode(message)).toBe(code);
  });

  it.each([
    'Card Reader not connected',
    'First argument must be a Buffer',
    'code (0x80100069) in the middle.',
  ])('finds none in %j', (message) => {
    expect(parseScardCode(message)).toBeUndefined();
  });
});
