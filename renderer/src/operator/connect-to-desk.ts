import { connectOperator, type OperatorRemote } from '../../../common/operator/operator-remote.ts';
import { openTransport } from '../connection/open-transport.ts';
import type { PageConnection } from '../connection/use-connection.ts';

/** The operator window's connection to main. */
export type DeskConnection = PageConnection<OperatorRemote>;

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
