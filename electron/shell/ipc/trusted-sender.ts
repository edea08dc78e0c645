import { isAppUrl } from '../security/app-origin.ts';

/** What the check reads of an `IpcMainEvent`. */
export interface SenderEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Whether an IPC message comes from where the app's page is (security checklist item 17,
 * "validate the sender of all IPC messages"; VS Code's `validateEvent`, Desktop's
 * `trusted-ipc-sender.ts`): the window's main frame (not an iframe, not a frame that has since
 * gone), currently showing a page of the app's own origin.
 */
export function trustedSender(event: SenderEvent, mainFrame: unknown): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame !== mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
