import type { Language } from '../i18n/languages.ts';
import { createContractClient, type ClientOptions, type ContractClient } from '../ipc/contract-client.ts';
import { followNewestState } from '../ipc/newest-state.ts';
import type { Transport } from '../ipc/transport.ts';
import type { FlowSnapshot } from './snapshot.ts';
import { WIZARD_CONTRACT, type WizardContract } from './wizard-contract.ts';

/** The details the person typed on the code-and-contact screen. */
export interface TypedDetails {
  readonly code: string;
  readonly email: string;
  readonly phone?: string;
}

/**
 * The registration flow as a view sees it across the wizard contract: the newest snapshot,
 * its changes, and the person's intents as calls. A refused call rejects with a
 * `ContractCallError` (`not-allowed-now`, `pin-format`, `transport-closed`…).
 */
export interface WizardRemote {
  /** The newest snapshot received (by `seq`; an older one arriving late is ignored). */
  readonly snapshot: FlowSnapshot;
  /** Calls `listener` with each newer snapshot; returns the unsubscribe. */
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void;
  /**
   * Asks for the current snapshot. The transport keeps order, so once it resolves every
   * snapshot main published before it has arrived too (a view catching up after a reconnect).
   */
  refresh(): Promise<FlowSnapshot>;
  start(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  chooseReader(reader: string): Promise<void>;
  /**
   * Sends the typed PIN (ASCII digits), or nothing on a PIN pad reader. `pin` is zero-filled
   * as soon as it has been copied into the message, whether the call succeeds or not.
   */
  submitPin(pin: Uint8Array | undefined): Promise<void>;
  submitDetails(details: TypedDetails): Promise<void>;
  /** The person ticked the confirmation box. */
  confirm(): Promise<void>;
  back(): Promise<void>;
  retry(): Promise<void>;
  cancel(): Promise<void>;
  /** The person is still there: clears the idle warning and restarts the idle timeout. */
  stillHere(): Promise<void>;
  /** Stops listening and closes the transport. */
  close(): void;
}

/**
 * Connects a view to the flow served on the other end of `transport` (architecture.md "One
 * contract, two transports"): resolves once the current snapshot has been fetched, so
 * `snapshot` is always defined. `state` events that arrive before that answer are kept when
 * they are newer than it.
 */
export async function connectWizard(
  transport: Transport,
  options: ClientOptions = {},
): Promise<WizardRemote> {
  const client: ContractClient<WizardContract> = createContractClient(WIZARD_CONTRACT, transport, options);
  const state = await followNewestState<FlowSnapshot>({
    subscribe: (take) => client.on('state', take),
    fetch: () => client.call('getState', {}),
    onListenerError: (error) => options.onDiagnostic?.({ kind: 'listener-threw', error }),
    close: () => client.close(),
  });
  const done = async (call: Promise<null>): Promise<void> => void (await call);
  return {
    get snapshot() {
      return state.current;
    },
    onSnapshot: (listener) => state.onChange(listener),
    refresh: () => state.refresh(),
    start: () => done(client.call('start', {})),
    setLanguage: (language) => done(client.call('setLanguage', { language })),
    chooseReader: (reader) => done(client.call('chooseReader', { reader })),
    submitPin(pin) {
      let call: Promise<null>;
      try {
        call = client.call('submitPin', pin === undefined ? {} : { pin });
      } finally {
        pin?.fill(0);
      }
      return done(call);
    },
    submitDetails: (details) => done(client.call('submitDetails', { ...details })),
    confirm: () => done(client.call('confirm', { confirmed: true })),
    back: () => done(client.call('back', {})),
    retry: () => done(client.call('retry', {})),
    cancel: () => done(client.call('cancel', {})),
    stillHere: () => done(client.call('stillHere', {})),
    close: () => state.close(),
  };
}
