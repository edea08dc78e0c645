import { describe, expect, it } from 'vitest';
import type { IpcDiagnostic } from '../../../../common/ipc/diagnostics.ts';
import type { Envelope } from '../../../../common/ipc/envelope.ts';
import { createTextFrameTransport } from '../../../../common/ipc/text-frame-transport.ts';

const EVENT: Envelope = { kind: 'event', name: 'progress', payload: { percent: 1 } };

/** A core over a recording fake socket. */
function setup(keepEarlyMessages = false) {
  const sent: string[] = [];
  const diagnostics: IpcDiagnostic[] = [];
  const socket = { open: true, closes: 0 };
  const core = createTextFrameTransport(
    { isOpen: () => socket.open, sendText: (text) => sent.push(text), close: () => socket.closes++ },
    { maxChars: 200, report: (d) => diagnostics.push(d), keepEarlyMessages },
  );
  return { core, sent, diagnostics, socket };
}

describe('createTextFrameTransport', () => {
  it('decodes text frames for subscribers and reports the ones it drops', () => {
    const { core, diagnostics } = setup();
    const got: unknown[] = [];
    core.receiveText(JSON.stringify(EVENT)); // no subscriber yet: dropped
    core.transport.onMessage((m) => got.push(m));

    core.receiveBinary();
    core.receiveText('not json');
    core.receiveText(`"${'x'.repeat(300)}"`);
    core.receiveText(JSON.stringify(EVENT));

    expect(got).toEqual([EVENT]);
    expect(diagnostics.map((d) => (d.kind === 'malformed-message' ? d.reason : d.kind))).toEqual([
      'binary frame',
      'bad-envelope',
      'message-too-large',
    ]);
  });

  it('keeps early messages for the first subscriber when asked to', () => {
    const { core } = setup(true);
    const got: unknown[] = [];
    core.receiveText(JSON.stringify(EVENT));
    core.transport.onMessage((m) => got.push(m));

    expect(got).toEqual([EVENT]);
  });

  it('sends encoded frames only while open, and closes once', async () => {
    const { core, sent, socket } = setup();
    const closes: string[] = [];
    core.transport.send(EVENT);
    socket.open = false;
    core.transport.send(EVENT);
    core.transport.onClose(() => closes.push('early'));

    core.transport.close();
    core.socketClosed();
    core.transport.onClose(() => closes.push('late'));
    socket.open = true;
    core.transport.send(EVENT);
    core.receiveBinary();
    await Promise.resolve();

    expect(sent).toEqual([JSON.stringify(EVENT)]);
    expect(socket.closes).toBe(1);
    expect(closes).toEqual(['early', 'late']);
  });
});
