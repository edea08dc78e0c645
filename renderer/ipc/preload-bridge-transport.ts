import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { DEFAULT_MAX_FRAME_CHARS } from '../../common/ipc/text-frame.ts';
import { createTextFrameTransport } from '../../common/ipc/text-frame-transport.ts';
import type { Transport } from '../../common/ipc/transport.ts';

/**
 * What the Electron preload exposes to the page as `globalThis.eidWizard`
 * (electron/shell/preload.ts): text frames out, text frames in, on one channel. Nothing else
 * of Electron reaches the page.
 */
export interface PreloadBridge {
  send(text: string): void;
  onMessage(listener: (text: string) => void): () => void;
}

/** The preload's bridge when the page runs in the Electron shell, else undefined. */
export function findPreloadBridge(scope: object = globalThis): PreloadBridge | undefined {
  const candidate = (scope as { eidWizard?: Partial<PreloadBridge> }).eidWizard;
  if (typeof candidate?.send !== 'function' || typeof candidate.onMessage !== 'function') return undefined;
  return candidate as PreloadBridge;
}

/**
 * The wizard contract's {@link Transport} over the preload bridge: the same text frames as
 * the loopback WebSocket (common/ipc/text-frame-transport.ts), so both transports are one
 * code path above the frame. Frames that arrive before the first subscriber are kept.
 */
export function createPreloadBridgeTransport(
  bridge: PreloadBridge,
  report: DiagnosticSink = () => {},
): Transport {
  let unsubscribe: () => void = () => {};
  const core = createTextFrameTransport(
    { isOpen: () => true, sendText: (text) => bridge.send(text), close: () => unsubscribe() },
    { maxChars: DEFAULT_MAX_FRAME_CHARS, report, keepEarlyMessages: true },
  );
  unsubscribe = bridge.onMessage((text) => core.receiveText(text));
  return core.transport;
}
