import { createContractClient, type ClientOptions, type ContractClient } from '../ipc/contract-client.ts';
import { followNewestState } from '../ipc/newest-state.ts';
import type { Transport } from '../ipc/transport.ts';
import { OPERATOR_CONTRACT, type OperatorContract } from './operator-contract.ts';
import type { OperatorView } from './operator-view.ts';

/**
 * The counter's session as the operator window sees it across the operator contract: the
 * newest view, its changes, and the operator's two intents as calls. A refused call rejects
 * with a `ContractCallError`.
 */
export interface OperatorRemote {
  /** The newest view received (by `seq`; an older one arriving late is ignored). */
  readonly view: OperatorView;
  /** Calls `listener` with each newer view; returns the unsubscribe. */
  onView(listener: (view: OperatorView) => void): () => void;
  /** Asks for the current view (every view published before it has arrived when it resolves). */
  refresh(): Promise<OperatorView>;
  startSession(): Promise<void>;
  abortSession(): Promise<void>;
  /** Stops listening and closes the transport. */
  close(): void;
}

/**
 * Connects an operator window to the desk served on the other end of `transport`, like
 * `connectWizard`: resolves once the current view has been fetched, so `view` is always
 * defined; `state` events arriving before that answer are kept when newer.
 */
export async function connectOperator(
  transport: Transport,
  options: ClientOptions = {},
): Promise<OperatorRemote> {
  const client: ContractClient<OperatorContract> = createContractClient(
    OPERATOR_CONTRACT,
    transport,
    options,
  );
  const state = await followNewestState<OperatorView>({
    subscribe: (take) => client.on('state', take),
    fetch: () => client.call('getState', {}),
    onListenerError: (error) => options.onDiagnostic?.({ kind: 'listener-threw', error }),
    close: () => client.close(),
  });
  return {
    get view() {
      return state.current;
    },
    onView: (listener) => state.onChange(listener),
    refresh: () => state.refresh(),
    startSession: async () => void (await client.call('startSession', {})),
    abortSession: async () => void (await client.call('abortSession', {})),
    close: () => state.close(),
  };
}
