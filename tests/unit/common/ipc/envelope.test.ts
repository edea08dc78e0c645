import { describe, expect, it } from 'vitest';
import { parseEnvelope, salvageCallId } from '../../../../common/ipc/envelope.ts';

describe('envelopes', () => {
  it.each([
    { kind: 'call', id: 1, method: 'submitPin', arg: {} },
    { kind: 'result', id: 1, value: null },
    { kind: 'error', id: 1, error: { code: 'wrong-pin', category: 'retriable', details: { triesLeft: 2 } } },
    { kind: 'cancel', id: 1 },
    { kind: 'event', name: 'state', payload: { step: 'welcome' } },
  ])('accepts a well-formed $kind', (envelope) => {
    expect(parseEnvelope(envelope)).toBe(envelope);
  });

  it.each([
    ['not an object', 'call'],
    ['an unknown kind', { kind: 'ping', id: 1 }],
    ['an extra field', { kind: 'cancel', id: 1, extra: true }],
    ['a missing argument', { kind: 'call', id: 1, method: 'x' }],
    ['a fractional id', { kind: 'cancel', id: 1.5 }],
    ['a negative id', { kind: 'cancel', id: -1 }],
    ['a method that is not an identifier', { kind: 'call', id: 1, method: '__proto__', arg: {} }],
    ['an overlong method', { kind: 'call', id: 1, method: 'm'.repeat(65), arg: {} }],
    ['an error with a stack', { kind: 'error', id: 1, error: { code: 'x', category: 'y', stack: 'at z' } }],
    [
      'an error with a message',
      { kind: 'error', id: 1, error: { code: 'x', category: 'y', message: 'boom' } },
    ],
    [
      'error details that are objects',
      { kind: 'error', id: 1, error: { code: 'x', category: 'y', details: { a: {} } } },
    ],
  ])('rejects %s', (_name, message) => {
    expect(parseEnvelope(message)).toBeUndefined();
  });

  it('salvages the id of a malformed call only when it is a valid id', () => {
    expect(salvageCallId({ kind: 'call', id: 7 })).toBe(7);
    expect(salvageCallId({ id: '7' })).toBeUndefined();
    expect(salvageCallId(Object.create({ id: 7 }))).toBeUndefined();
    expect(salvageCallId(null)).toBeUndefined();
  });
});
