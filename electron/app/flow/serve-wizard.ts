import { WIZARD_CONTRACT } from '../../../common/flow/wizard-contract.ts';
import { serveContract, type ServeOptions, type Transport } from '../../../common/ipc/index.ts';
import type { RegistrationFlow } from './registration-flow.ts';

/**
 * Serves `flow` to one renderer on `transport`: each command of the wizard contract calls the
 * flow, and every new snapshot goes out as the `state` event. The same function serves the
 * Electron transport and the loopback WebSocket host. Returns the function that stops serving
 * (the flow itself stays; the app decides when to wipe it).
 */
export function serveWizard(
  flow: RegistrationFlow,
  transport: Transport,
  options: ServeOptions = {},
): () => void {
  const server = serveContract(
    WIZARD_CONTRACT,
    {
      getState: () => flow.snapshot,
      start: async () => (await flow.start(), null),
      setLanguage: ({ language }) => (flow.setLanguage(language), null),
      chooseReader: ({ reader }) => (flow.chooseReader(reader), null),
      submitPin: async ({ pin }) => (await flow.submitPin(pin), null),
      submitDetails: async (details) => (await flow.submitDetails(details), null),
      confirm: async () => (await flow.confirm(), null),
      back: () => (flow.back(), null),
      retry: async () => (await flow.retry(), null),
      cancel: async () => (await flow.cancel(), null),
      stillHere: () => (flow.stillHere(), null),
    },
    transport,
    options,
  );
  const unsubscribe = flow.onSnapshot((snapshot) => server.emit('state', snapshot));
  return () => {
    unsubscribe();
    server.close();
  };
}
