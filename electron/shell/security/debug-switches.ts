/**
 * Command-line switches that open the app to a debugger (security checklist, "disable
 * DevTools and remote debugging in production"). The `runAsNode` and `nodeCliInspect` fuses
 * already make Electron ignore Node's `--inspect` family in an installed app
 * (electron/build/electron-builder.json); Chromium's remote debugging port is not a fuse, so a
 * packaged app that is started with one of these refuses to run.
 */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
] as const;

/** The first debugging switch present, or undefined. */
export function debugSwitchPresent(hasSwitch: (name: string) => boolean): string | undefined {
  return DEBUG_SWITCHES.find((name) => hasSwitch(name));
}
