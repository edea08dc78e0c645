import type { FlowSnapshot } from '../../common/flow/snapshot.ts';
import { WIZARD_CONTRACT } from '../../common/flow/wizard-contract.ts';
import { serveContract, type ContractServer, type Transport } from '../../common/ipc/index.ts';
import { recordingWizardHandlers } from '../support/recording-wizard-handlers.ts';

/** A stand-in for main that shows the renderer whatever snapshot a test sets. */
export interface ScriptedMain {
  /** Serves the wizard contract on one connection (give it to the loopback host). */
  serve(transport: Transport): () => void;
  /** Publishes `snapshot` (its `seq` is replaced by the next number) to every connection. */
  show(snapshot: FlowSnapshot): FlowSnapshot;
  /** The commands the renderer sent, in order, with their arguments. */
  readonly commands: { readonly method: string; readonly arg: unknown }[];
}

/**
 * Main reduced to a script, for the screen gallery: `getState` answers the snapshot set last,
 * every command is recorded and accepted (`null`), and nothing moves by itself. The renderer
 * cannot tell it from the real flow: it is the same contract with the same schemas.
 */
export function scriptedMain(first: FlowSnapshot): ScriptedMain {
  let current = first;
  const servers = new Set<ContractServer<typeof WIZARD_CONTRACT>>();
  const commands: { method: string; arg: unknown }[] = [];
  return {
    commands,
    serve(transport) {
      const server = serveContract(
        WIZARD_CONTRACT,
        recordingWizardHandlers(
          () => current,
          (method, arg) => void commands.push({ method, arg }),
        ),
        transport,
      );
      servers.add(server);
      return () => {
        servers.delete(server);
        server.close();
      };
    },
    show(snapshot) {
      current = { ...snapshot, seq: current.seq + 1 };
      for (const server of servers) server.emit('state', current);
      return current;
    },
  };
}
