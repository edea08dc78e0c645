/** What {@link recoverFromCrashes} uses of `app`. */
export interface RelaunchableApp {
  relaunch(): void;
  exit(code: number): void;
}

/**
 * Automatic restart after a crash of main itself (issue 7 point 4). The renderer reloads on
 * its own (open-app-window.ts) and the card service's process is restarted by the remote
 * binding; an exception nobody caught in main ends the process. On a shared machine (kiosk,
 * assisted) the app then relaunches at once, so the next person does not find a dead screen;
 * a personal app just exits with an error, like any desktop program. The OS-level supervisor
 * (Shell Launcher's restart action, a systemd unit with `Restart=always`) covers the rest:
 * docs/kiosk-deployment.md. The log line names the error's class only: never its message,
 * which could carry data.
 */
export function recoverFromCrashes(app: RelaunchableApp, shared: boolean, log: (line: string) => void): void {
  const fatal = (error: unknown): void => {
    log(
      `uncaught ${error instanceof Error ? error.name : typeof error}; ${shared ? 'relaunching' : 'exiting'}`,
    );
    if (shared) app.relaunch();
    app.exit(70);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
