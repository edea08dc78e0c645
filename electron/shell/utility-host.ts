/** What the card service's host process is to the remote binding (native/pcsc/remote/). */
export interface HostProcessLike {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** What {@link launchUtilityHost} uses of Electron's `utilityProcess`. */
export interface UtilityProcessApi {
  fork(
    modulePath: string,
    args?: string[],
    options?: { serviceName?: string; stdio?: 'inherit' | 'ignore' | 'pipe' },
  ): UtilityChild;
}

/** The parts of an Electron `UtilityProcess` used here. */
export interface UtilityChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

/**
 * Starts the PC/SC host (dist/app/pcsc-host.cjs) in an Electron `utilityProcess` (issue 7
 * point 3; peers-and-users.md §3a "Native code placement": a native crash there does not take
 * the window down). The remote binding calls this again after a crash: that is the restart.
 * In tests and the CLI, `forkNodeHost` (native/pcsc/remote/) starts a plain Node child instead.
 */
export function launchUtilityHost(utilityProcess: UtilityProcessApi, entry: string): HostProcessLike {
  const child = utilityProcess.fork(entry, [], { serviceName: 'eID Wizard card service', stdio: 'inherit' });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
}
