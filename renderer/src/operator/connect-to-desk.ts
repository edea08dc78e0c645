import { connectOperator, type OperatorRemote } from '../../../common/operator/operator-remote.ts';
import { openTransport } from '../connection/open-transport.ts';

/** The operator window's connection to main. */
export interface DeskConnection {
  readonly remote: OperatorRemote;
  /** Calls `listener` once when the transport closes; returns the unsubscribe. */
  onClose(listener: () => void): () => void;
}

/**
 * Connects the operator window to the desk in main (assisted mode): the wizard's own
 * transport opening (the window's preload bridge, or the `#ipc=<token>` loopback WebSocket,
 * whose host serves the operator contract on that token), then `connectOperator`, which
 * fetches the current view. Started once per page load, outside React.
 */
export async function connectToDesk(): Promise<DeskConnection> {
  const transport = await openTransport();
  const remote = await connectOperator(transport);
  return { remote, onClose: (listener) => transport.onClose(listener) };
}
