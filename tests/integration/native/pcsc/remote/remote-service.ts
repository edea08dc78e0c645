import {
  createRemoteBinding,
  forkNodeHost,
  type NodeHostProcess,
  type PcscService,
  type RemoteDiagnostic,
} from '../../../../../native/pcsc/index.ts';
import { startService } from '../helpers.ts';

/** A PcscService in this process whose pcsclite runs in child processes (forkNodeHost). */
export interface RemoteService {
  readonly service: PcscService;
  /** Every host process launched, the current one last. */
  readonly hosts: NodeHostProcess[];
  readonly diagnostics: RemoteDiagnostic[];
  /** SIGKILLs the current host process (a native crash as the parent sees it). */
  crashHost(): void;
}

/** Starts it and waits for both vpcd readers, seen through the first host process. */
export async function startRemoteService(): Promise<RemoteService> {
  const hosts: NodeHostProcess[] = [];
  const diagnostics: RemoteDiagnostic[] = [];
  const launch = forkNodeHost({ onLaunch: (host) => hosts.push(host) });
  const binding = createRemoteBinding(launch, { onDiagnostic: (d) => diagnostics.push(d) });
  const service = await startService({ binding });
  return {
    service,
    hosts,
    diagnostics,
    crashHost() {
      const pid = hosts.at(-1)?.pid;
      if (pid === undefined) throw new Error('no card service process to kill');
      process.kill(pid, 'SIGKILL');
    },
  };
}

/** Whether the process `pid` still exists. */
export function processAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
