import { describe, expect, it } from 'vitest';
import { decodeTextFrame, encodeTextFrame } from '../../../../common/ipc/text-frame.ts';

describe('text frames', () => {
  it('round-trips an envelope with bytes', () => {
    const envelope = { kind: 'result', id: 3, value: { photo: Uint8Array.of(1, 2, 3) } } as const;

    const frame = encodeTextFrame(envelope);

    expect(frame).toBe('{"kind":"result","id":3,"value":{"photo":{"$bytes":"AQID"}}}');
    expect(decodeTextFrame(frame)).toEqual(envelope);
  });

  it('bounds the frame length in both directions', () => {
    const envelope = { kind: 'event', name: 'x', payload: 'y'.repeat(100) } as const;

    expect(() => encodeTextFrame(envelope, 100)).toThrow('message-too-large');
    expect(() => decodeTextFrame(JSON.stringify(envelope), 100)).toThrow('message-too-large');
    expect(() => decodeTextFrame(JSON.stringify(envelope), 200)).not.toThrow();
  });

  it('rejects what is not JSON as bad-envelope', () => {
    expect(() => decodeTextFrame('{"kind":')).toThrow('bad-envelope');
  });
});
