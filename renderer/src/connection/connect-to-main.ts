import { connectWizard, type WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { followSteps } from '../state/step-history.ts';
import { openTransport } from './open-transport.ts';
import type { PageConnection } from './use-connection.ts';

/** The wizard's connection to main. */
export type MainConnection = PageConnection<WizardRemote>;

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
