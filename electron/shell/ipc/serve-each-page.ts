import type { Transport } from '../../../common/ipc/transport.ts';

/** What {@link serveEachPage} uses of a window's `WebContents`. */
export interface PageContents {
  on(
    event: 'did-start-navigation',
    listener: (event: unknown, url: string, isInPlace: boolean, isMainFrame: boolean) => void,
  ): unknown;
  on(event: 'destroyed', listener: () => void): unknown;
}

/**
 * Serves a window's page, one fresh transport per page load: when the main frame starts a
 * new document (the first load, a reload after a kiosk reset or a renderer crash), the old
 * transport is closed, so nothing pending of the previous page can reach the new one, and
 * `serve` is called with a new one. `open` makes the transport (electron/shell/ipc/
 * main-transport.ts); `serve` returns the function that stops serving it.
 */
export function serveEachPage(
  contents: PageContents,
  open: () => Transport,
  serve: (transport: Transport) => () => void,
): void {
  let current: { transport: Transport; stop: () => void } | undefined;
  const stop = (): void => {
    current?.stop();
    current?.transport.close();
    current = undefined;
  };
  const start = (): void => {
    stop();
    const transport = open();
    current = { transport, stop: serve(transport) };
  };
  contents.on('did-start-navigation', (_event, _url, isInPlace, isMainFrame) => {
    if (isMainFrame && !isInPlace) start();
  });
  contents.on('destroyed', stop);
  start();
}
