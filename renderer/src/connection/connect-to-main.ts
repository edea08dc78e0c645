import { connectWizard, type WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { followSteps } from '../state/step-history.ts';
import { openTransport } from './open-transport.ts';

/** The wizard's connection to main. */
export interface MainConnection {
  readonly remote: WizardRemote;
  /** Calls `listener` once when the transport closes (at once if it has); returns the unsubscribe. */
  onClose(listener: () => void): () => void;
}

/**
 * Connects the page to the flow in main (issue 6 point 3): the transport (preload bridge or
 * loopback WebSocket), then `connectWizard`, which fetches the current snapshot. Started once
 * per page load, outside React, so a re-run effect cannot open a second connection.
 */
export async function connectToMain(): Promise<MainConnection> {
  const transport = await openTransport();
  const remote = await connectWizard(transport);
  followSteps(remote);
  return { remote, onClose: (listener) => transport.onClose(listener) };
}
