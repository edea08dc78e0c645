import { serveContract, type ServeOptions, type Transport } from '../../../common/ipc/index.ts';
import { OPERATOR_CONTRACT } from '../../../common/operator/operator-contract.ts';
import type { OperatorDesk } from './operator-desk.ts';

/**
 * Serves `desk` to one operator window on `transport` (like `serveWizard` for the citizen's
 * window): the operator contract's commands call the desk, and every new view goes out as the
 * `state` event. Returns the function that stops serving (the desk and the flow stay).
 */
export function serveOperator(
  desk: OperatorDesk,
  transport: Transport,
  options: ServeOptions = {},
): () => void {
  const server = serveContract(
    OPERATOR_CONTRACT,
    {
      getState: () => desk.view,
      startSession: async () => (await desk.startSession(), null),
      abortSession: async () => (await desk.abortSession(), null),
    },
    transport,
    options,
  );
  const unsubscribe = desk.onView((view) => server.emit('state', view));
  return () => {
    unsubscribe();
    server.close();
  };
}
