import { useEffect, useState } from 'react';

/** A connection to main as a page holds it: the remote, and the transport's closure. */
export interface PageConnection<R> {
  readonly remote: R;
  /** Calls `listener` once when the transport closes (at once if it has); returns the unsubscribe. */
  onClose(listener: () => void): () => void;
}

/** Where a page's connection to main stands. */
export type ConnectionState<R> =
  | { readonly state: 'connecting' }
  | { readonly state: 'connected'; readonly remote: R }
  | { readonly state: 'lost' };

/**
 * Follows a page's connection to main (the wizard's and the operator window's): `connecting`
 * until it is up, `connected` with its remote, and `lost` for good once its transport closes or
 * it never opens (issue 6 point 3). A closure that comes first is never undone by the opening.
 */
export function useConnection<R>(connection: Promise<PageConnection<R>>): ConnectionState<R> {
  const [state, setState] = useState<ConnectionState<R>>({ state: 'connecting' });
  useEffect(() => {
    let active = true;
    let stop = (): void => {};
    connection.then(
      (main) => {
        if (!active) return;
        stop = main.onClose(() => setState({ state: 'lost' }));
        setState((now) => (now.state === 'lost' ? now : { state: 'connected', remote: main.remote }));
      },
      () => {
        if (active) setState({ state: 'lost' });
      },
    );
    return () => {
      active = false;
      stop();
    };
  }, [connection]);
  return state;
}
