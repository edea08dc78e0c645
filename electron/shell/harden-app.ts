import type { App, Protocol } from 'electron';
import { APP_SCHEME_REGISTRATION } from './security/app-protocol.ts';
import { debugSwitchPresent } from './security/debug-switches.ts';
import { guardWebContents, type GuardedContents, type GuardOptions } from './security/guard-web-contents.ts';

/** What {@link hardenApp} uses of Electron before `ready`. */
export interface EarlyElectron {
  readonly app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'exit'> & {
    readonly commandLine: { hasSwitch(name: string): boolean };
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
  };
  readonly protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
}

/**
 * Everything that must happen before Electron is ready. Returns false when this process must
 * not go on (it has already been told to quit):
 * - another instance runs (one window, one card session: `requestSingleInstanceLock`);
 * - an installed app was started with a debugging switch (`debug-switches.ts`).
 * Then registers the app scheme as privileged (security checklist item 18) and guards every
 * web contents the app will ever create (`guard-web-contents.ts`).
 */
export function hardenApp(electron: EarlyElectron, guard: GuardOptions): boolean {
  const { app, protocol } = electron;
  if (guard.production) {
    const present = debugSwitchPresent((name) => app.commandLine.hasSwitch(name));
    if (present !== undefined) {
      process.stderr.write(`eID Wizard: refusing to run with --${present} in an installed app.\n`);
      app.exit(1);
      return false;
    }
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, guard));
  return true;
}
