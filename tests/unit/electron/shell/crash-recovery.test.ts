import { afterEach, describe, expect, it, vi } from 'vitest';
import { recoverFromCrashes } from '../../../../electron/shell/crash-recovery.ts';

type Fatal = (error: unknown) => void;

/** Installs the recovery with `process.on` captured (nothing is left on the real process). */
function install(shared: boolean) {
  const captured = new Map<string | symbol, Fatal>();
  const on = vi.spyOn(process, 'on').mockImplementation(((event: string | symbol, listener: Fatal) => {
    captured.set(event, listener);
    return process;
  }) as typeof process.on);
  const calls: string[] = [];
  const app = {
    relaunch: vi.fn(() => void calls.push('relaunch')),
    exit: vi.fn((code: number) => void calls.push(`exit ${code}`)),
  };
  const lines: string[] = [];
  recoverFromCrashes(app, shared, (line) => lines.push(line));
  on.mockRestore();
  return { captured, app, calls, lines };
}

afterEach(() => vi.restoreAllMocks());

describe('recoverFromCrashes', () => {
  it('listens to uncaught exceptions and unhandled rejections', () => {
    expect([...install(true).captured.keys()].sort()).toEqual(['uncaughtException', 'unhandledRejection']);
  });

  it.each(['uncaughtException', 'unhandledRejection'])('relaunches a shared machine on %s', (event) => {
    const { captured, calls, lines } = install(true);
    captured.get(event)?.(new TypeError('secret 85.07.30-033.28'));
    expect(calls).toEqual(['relaunch', 'exit 70']);
    expect(lines).toEqual(['uncaught TypeError; relaunching']);
  });

  it.each(['uncaughtException', 'unhandledRejection'])(
    'exits a personal app on %s without relaunching',
    (event) => {
      const { captured, app, calls, lines } = install(false);
      captured.get(event)?.(new RangeError('x'));
      expect(app.relaunch).not.toHaveBeenCalled();
      expect(calls).toEqual(['exit 70']);
      expect(lines).toEqual(['uncaught RangeError; exiting']);
    },
  );

  it('logs a thrown non-error by its type, never its content', () => {
    const { captured, lines } = install(true);
    captured.get('unhandledRejection')?.('jan@example.be');
    expect(lines).toEqual(['uncaught string; relaunching']);
    expect(lines.join('')).not.toContain('example');
  });

  it('never logs the message of an error', () => {
    const { captured, lines } = install(false);
    captured.get('uncaughtException')?.(new Error('PIN 1234'));
    expect(lines.join('')).not.toContain('1234');
  });
});
