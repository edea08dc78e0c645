import type { PcscBinding } from '../binding.ts';
import { createPcscliteBinding } from '../pcsclite-binding.ts';
import { openHostSession } from './host-session.ts';
import type { RemoteDiagnostic } from './protocol.ts';

/** One running card-service process as the binding sees it. */
export interface HostProcess {
  /** Sends a message (structured clone: a Uint8Array survives). */
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The process ended: `code` is null when a signal (a native crash, SIGKILL) ended it. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/**
 * Starts a card-service process running `native/pcsc/remote/host-main.ts`: the Electron shell
 * with `utilityProcess.fork`, tests and the CLI with {@link forkNodeHost}.
 */
export type LaunchHost = () => HostProcess;

/** Options of {@link createRemoteBinding}. */
export interface RemoteBindingOptions {
  /** A dropped message or an unexpected exit of the host (default: none reported). */
  readonly onDiagnostic?: (diagnostic: RemoteDiagnostic) => void;
  /** How long a closed host may take to exit before it is killed (default 2000 ms). */
  readonly exitGraceMs?: number;
}

/**
 * The {@link PcscBinding} whose addon runs in another process (docs/card-library.md, "The
 * binding in its own process"; architecture.md): each `open` launches a host process that
 * serves pcsclite (serve-binding.ts), and forwards everything as protocol.ts messages, so a
 * native crash ends that process, not the window. `PcscService` stays in main: when the host
 * dies, the context fails with SCARD_E_NO_SERVICE, the service reports `unavailable`, drops
 * its readers and cards, backs off and opens again, which launches a fresh host.
 */
export function createRemoteBinding(launch: LaunchHost, options: RemoteBindingOptions = {}): PcscBinding {
  // Loads nothing: pcsclite is only required by its `open`, which is never called here.
  const local = createPcscliteBinding();
  return {
    open: (events) => openHostSession(launch(), events, options),
    controlCode: (code) => local.controlCode(code),
  };
}
