import { describe, expect, it } from 'vitest';
import { DEBUG_SWITCHES, debugSwitchPresent } from '../../../../../electron/shell/security/debug-switches.ts';

describe('debugSwitchPresent', () => {
  it('finds none on a plain command line', () => {
    expect(debugSwitchPresent(() => false)).toBeUndefined();
  });

  it('ignores switches that do not open a debugger', () => {
    const present = new Set(['lang', 'no-sandbox-warning', 'config']);
    expect(debugSwitchPresent((name) => present.has(name))).toBeUndefined();
  });

  it.each([
    'remote-debugging-port',
    'remote-debugging-pipe',
    'remote-allow-origins',
    'inspect',
    'inspect-brk',
    'inspect-port',
    'js-flags',
  ])('finds --%s', (name) => {
    expect(debugSwitchPresent((asked) => asked === name)).toBe(name);
  });

  it('names the first one present', () => {
    expect(debugSwitchPresent((name) => name === 'inspect' || name === 'js-flags')).toBe('inspect');
  });

  it('lists exactly the known debugging switches', () => {
    expect([...DEBUG_SWITCHES].sort()).toEqual([
      'inspect',
      'inspect-brk',
      'inspect-port',
      'js-flags',
      'remote-allow-origins',
      'remote-debugging-pipe',
      'remote-debugging-port',
    ]);
  });
});
