import { describe, expect, it, vi } from 'vitest';
import type { IpcDiagnostic } from '../../../../../common/ipc/index.ts';
import { IPC_CHANNEL } from '../../../../../electron/shell/ipc/ipc-channel.ts';
import { createMainTransport } from '../../../../../electron/shell/ipc/main-transport.ts';
import {
  createFakeContents,
  createFakeIpcMain,
  fakeFrame,
  mainFrameEvent,
  type FakeContents,
} from '../../../../support/fake-ipc.ts';

const FRAME = JSON.stringify({ kind: 'call', id: 1, method: 'getState', arg: {} });

function setUp() {
  const ipc = createFakeIpcMain();
  const contents = createFakeContents();
  const diagnostics: IpcDiagnostic[] = [];
  const transport = createMainTransport(ipc, contents, (diagnostic) => diagnostics.push(diagnostic));
  const received: unknown[] = [];
  transport.onMessage((message) => received.push(message));
  return { ipc, contents, diagnostics, transport, received };
}

describe('createMainTransport', () => {
  it("passes a text frame from the window's main frame on an app page", () => {
    const { ipc, contents, diagnostics, received } = setUp();
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), FRAME);
    expect(received).toEqual([JSON.parse(FRAME)]);
    expect(diagnostics).toEqual([]);
  });

  it.each<
    [
      string,
      (contents: FakeContents) => { sender: unknown; senderFrame: ReturnType<typeof fakeFrame> | null },
    ]
  >([
    ['another frame', (contents) => ({ sender: contents, senderFrame: fakeFrame() })],
    [
      'a subframe',
      (contents) => ({ sender: contents, senderFrame: fakeFrame(undefined, contents.mainFrame) }),
    ],
    ['a frame that is gone', (contents) => ({ sender: contents, senderFrame: null })],
  ])('drops and reports a message from %s', (_name, event) => {
    const { ipc, contents, diagnostics, received } = setUp();
    ipc.deliver(IPC_CHANNEL, event(contents), FRAME);
    expect(received).toEqual([]);
    expect(diagnostics).toEqual([{ kind: 'malformed-message', reason: 'untrusted sender' }]);
  });

  it('drops and reports a message from the main frame once it shows another page', () => {
    const { ipc, contents, diagnostics, received } = setUp();
    contents.mainFrame.url = 'https://evil.example/';
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), FRAME);
    expect(received).toEqual([]);
    expect(diagnostics).toEqual([{ kind: 'malformed-message', reason: 'untrusted sender' }]);
  });

  it('drops and reports a message from a frame with a parent, even the one given as main', () => {
    const { ipc, contents, diagnostics, received } = setUp();
    contents.mainFrame.parent = fakeFrame();
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), FRAME);
    expect(received).toEqual([]);
    expect(diagnostics).toEqual([{ kind: 'malformed-message', reason: 'untrusted sender' }]);
  });

  it("silently leaves another window's message to that window's transport", () => {
    const { ipc, diagnostics, received } = setUp();
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(createFakeContents()), FRAME);
    expect(received).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['a number', [42]],
    ['an object', [{ kind: 'call' }]],
    ['bytes', [new Uint8Array([1, 2])]],
    ['two strings', [FRAME, FRAME]],
  ])('drops and reports %s', (_name, args) => {
    const { ipc, contents, diagnostics, received } = setUp();
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), ...args);
    expect(received).toEqual([]);
    expect(diagnostics).toEqual([{ kind: 'malformed-message', reason: 'not one text frame' }]);
  });

  it('drops and reports a frame that is too long or not JSON', () => {
    const ipc = createFakeIpcMain();
    const contents = createFakeContents();
    const report = vi.fn();
    const transport = createMainTransport(ipc, contents, report, 64);
    const received = vi.fn();
    transport.onMessage(received);
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), `"${'x'.repeat(100)}"`);
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), '{not json');
    expect(received).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('sends each envelope as one text frame on the channel', () => {
    const { contents, transport } = setUp();
    transport.send({ kind: 'event', name: 'state', payload: { step: 'welcome' } });
    expect(contents.sent).toHaveLength(1);
    const [channel, text, ...rest] = contents.sent[0] ?? [];
    expect(channel).toBe(IPC_CHANNEL);
    expect(rest).toEqual([]);
    expect(JSON.parse(String(text))).toEqual({ kind: 'event', name: 'state', payload: { step: 'welcome' } });
  });

  it('sends nothing to destroyed contents', () => {
    const { contents, transport } = setUp();
    contents.destroyed = true;
    transport.send({ kind: 'event', name: 'state', payload: null });
    expect(contents.sent).toEqual([]);
  });

  it('stops listening when closed', () => {
    const { ipc, contents, transport, received } = setUp();
    expect(ipc.listenersOf(IPC_CHANNEL)).toHaveLength(1);
    transport.close();
    expect(ipc.listenersOf(IPC_CHANNEL)).toHaveLength(0);
    ipc.deliver(IPC_CHANNEL, mainFrameEvent(contents), FRAME);
    expect(received).toEqual([]);
  });
});
