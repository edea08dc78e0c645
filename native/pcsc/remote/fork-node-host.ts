import { fork, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HostProcess } from './remote-binding.ts';

/** The host entry this module forks (Node runs the .ts directly). */
export const HOST_ENTRY = fileURLToPath(new URL('./host-main.ts', import.meta.url));

/** Options of {@link forkNodeHost}. */
export interface ForkNodeHostOptions {
  /** The host's stdio (default: stdin ignored, stdout and stderr inherited, so its diagnostics show). */
  readonly stdio?: StdioOptions;
  /** Node flags of the host (default none: not the parent's, which may be a test runner's). */
  readonly execArgv?: readonly string[];
  /** Called with each host process started (tests keep its pid to kill it). */
  readonly onLaunch?: (host: NodeHostProcess) => void;
}

/** A host process started by {@link forkNodeHost}; `pid` lets a test crash it with SIGKILL. */
export type NodeHostProcess = HostProcess & { readonly pid: number | undefined };

/**
 * The {@link LaunchHost} of tests and the CLI: `child_process.fork` of host-main.ts with
 * `serialization: 'advanced'` (structured clone, so byte strings stay `Uint8Array`s). The
 * Electron shell launches the same entry with `utilityProcess.fork` instead.
 */
export function forkNodeHost(options: ForkNodeHostOptions = {}): () => NodeHostProcess {
  // A `() => NodeHostProcess` is a LaunchHost: pass it to createRemoteBinding as it is.
  return () => {
    const child = fork(HOST_ENTRY, [], {
      serialization: 'advanced',
      execArgv: [...(options.execArgv ?? [])],
      stdio: options.stdio ?? ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let exited = false;
    const exitListeners: ((code: number | null) => void)[] = [];
    const exit = (code: number | null): void => {
      if (exited) return;
      exited = true;
      for (const listener of exitListeners) listener(code);
    };
    child.on('exit', (code) => exit(code));
    child.on('error', () => {
      if (child.pid === undefined) exit(null); // could not start
    });
    const host: NodeHostProcess = {
      pid: child.pid,
      post(message) {
        if (!child.connected) throw new Error('the card service process is not connected');
        child.send(message as object, (error) => void error); // a send racing the exit: the exit reports it
      },
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void exitListeners.push(listener),
      kill: () => void child.kill(),
    };
    options.onLaunch?.(host);
    return host;
  };
}
