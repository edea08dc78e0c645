/**
 * The card-service process (docs/card-library.md, "The binding in its own process";
 * peers-and-users.md §3a): serves the pcsclite binding to main, where `PcscService` runs over
 * `createRemoteBinding`. Started by `utilityProcess.fork` (Electron) or `forkNodeHost` (Node);
 * exits when its context is closed or its parent goes away. Bundled for the packaged app:
 * no top-level await, nothing located through import.meta.url here.
 */
import { createPcscliteBinding } from '../pcsclite-binding.ts';
import { connectToParent } from './host-port.ts';
import { serveBinding } from './serve-binding.ts';

/** Lets pcsclite's deferred closes (SCardCancel, SCardReleaseContext) run before exiting. */
const EXIT_DELAY_MS = 100;

const exitSoon = (code: number): void => void setTimeout(() => process.exit(code), EXIT_DELAY_MS);

const port = connectToParent(() => exitSoon(0));
if (port === undefined) {
  process.stderr.write('eid-wizard card service: start me with utilityProcess.fork or child_process.fork\n');
  process.exit(2);
} else {
  serveBinding(createPcscliteBinding(), port, {
    onClosed: () => exitSoon(0),
    onDiagnostic: (d) => process.stderr.write(`eid-wizard card service: dropped a ${d.kind} (${d.detail})\n`),
  });
}
