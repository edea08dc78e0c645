import { describe, expect, it, vi, type Mock } from 'vitest';
import type { Transport } from '../../../../../common/ipc/index.ts';
import { serveEachPage } from '../../../../../electron/shell/ipc/serve-each-page.ts';
import { createFakeContents } from '../../../../support/fake-ipc.ts';

interface Page {
  readonly transport: Transport;
  readonly close: Mock<() => void>;
  readonly stop: Mock<() => void>;
}

function setUp() {
  const contents = createFakeContents();
  const pages: Page[] = [];
  const log: string[] = [];
  const open = (): Transport => {
    const n = pages.length + 1;
    log.push(`open ${n}`);
    const close = vi.fn(() => void log.push(`close ${n}`));
    const transport: Transport = { send: vi.fn(), onMessage: () => () => {}, onClose: () => () => {}, close };
    pages.push({ transport, close, stop: vi.fn(() => void log.push(`stop ${n}`)) });
    return transport;
  };
  const serve = vi.fn((transport: Transport) => {
    const page = pages.find((candidate) => candidate.transport === transport);
    if (page === undefined) throw new Error('served a transport open() did not make');
    return page.stop;
  });
  serveEachPage(contents, open, serve);
  const navigate = (isInPlace: boolean, isMainFrame: boolean): void =>
    contents.fire('did-start-navigation', {}, 'eid-wizard://app/index.html', isInPlace, isMainFrame);
  return { contents, pages, serve, navigate, log };
}

describe('serveEachPage', () => {
  it('serves the first page at once', () => {
    const { pages, serve } = setUp();
    expect(pages).toHaveLength(1);
    expect(serve).toHaveBeenCalledExactlyOnceWith(pages[0]?.transport);
  });

  it('serves a new transport on each main-frame, cross-document navigation and closes the old one', () => {
    const { pages, serve, navigate } = setUp();
    navigate(false, true);
    expect(pages).toHaveLength(2);
    expect(serve).toHaveBeenCalledTimes(2);
    expect(serve).toHaveBeenLastCalledWith(pages[1]?.transport);
    expect(pages[0]?.stop).toHaveBeenCalledOnce();
    expect(pages[0]?.close).toHaveBeenCalledOnce();
    expect(pages[1]?.stop).not.toHaveBeenCalled();
    expect(pages[1]?.close).not.toHaveBeenCalled();
  });

  it('stops serving the old page and closes its transport before the new one opens', () => {
    const { log, navigate } = setUp();
    navigate(false, true);
    expect(log).toEqual(['open 1', 'stop 1', 'close 1', 'open 2']);
  });

  it.each([
    ['an in-place navigation', true, true],
    ['a subframe navigation', false, false],
    ['an in-place subframe navigation', true, false],
  ])('keeps the transport on %s', (_name, isInPlace, isMainFrame) => {
    const { pages, navigate } = setUp();
    navigate(isInPlace, isMainFrame);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.stop).not.toHaveBeenCalled();
    expect(pages[0]?.close).not.toHaveBeenCalled();
  });

  it('stops serving and closes the transport when the contents are destroyed', () => {
    const { contents, pages } = setUp();
    contents.fire('destroyed');
    expect(pages[0]?.stop).toHaveBeenCalledOnce();
    expect(pages[0]?.close).toHaveBeenCalledOnce();
    contents.fire('destroyed');
    expect(pages[0]?.stop).toHaveBeenCalledOnce();
  });
});
