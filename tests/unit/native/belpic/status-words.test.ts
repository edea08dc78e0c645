import { describe, expect, it } from 'vitest';
import { interpretStatusWord, statusError } from '../../../../native/belpic/status-words.ts';

describe('interpretStatusWord (belpic-protocol.md §8)', () => {
  it.each([
    [0x9000, { kind: 'ok' }],
    [0x6160, { kind: 'response-available', available: 0x60 }],
    [0x6100, { kind: 'response-available', available: 256 }],
    [0x6cb0, { kind: 'wrong-le', exact: 0xb0 }],
    [0x63c2, { kind: 'wrong-pin', triesLeft: 2 }],
    [0x63c0, { kind: 'wrong-pin', triesLeft: 0 }],
    [0x6983, { kind: 'pin-blocked' }],
    [0x6982, { kind: 'security-status-not-satisfied' }],
    [0x6985, { kind: 'conditions-not-satisfied' }],
    [0x6a82, { kind: 'file-not-found' }],
    [0x6a88, { kind: 'reference-not-found' }],
    [0x6b00, { kind: 'wrong-parameters' }],
    [0x6a86, { kind: 'applet-not-selected' }],
    [0x6d00, { kind: 'applet-not-selected' }],
    [0x6581, { kind: 'card-defective' }],
    [0x6401, { kind: 'pinpad-cancelled' }],
    [0x6403, { kind: 'pinpad-rejected' }],
    [0x6b80, { kind: 'pinpad-rejected' }],
    [0x6f00, { kind: 'unexpected', sw: 0x6f00 }],
    [0x6300, { kind: 'unexpected', sw: 0x6300 }],
  ])('%s', (sw, outcome) => {
    expect(interpretStatusWord(sw)).toEqual(outcome);
  });

  it('turns 63Cx into wrong-pin with the tries left and the SW, and 6A88 into key-not-found', () => {
    const wrong = statusError(0x63c1, 'VERIFY');
    expect([wrong.code, wrong.details.triesLeft, wrong.details.sw]).toEqual(['wrong-pin', 1, '63C1']);
    expect(statusError(0x6a88, 'MSE SET').code).toBe('key-not-found');
  });

  it('reads 6400 as a pinpad timeout only when the reader answered it', () => {
    expect(statusError(0x6400, 'VERIFY', true).code).toBe('pinpad-timeout');
    expect(statusError(0x6400, 'VERIFY').code).toBe('unexpected-status');
  });
});
