import { describe, expect, it } from 'vitest';
import { shortcutBlocked, type KeyInput } from '../../../../../electron/shell/windows/blocked-shortcuts.ts';

type Modifier = 'control' | 'meta' | 'alt' | 'shift';

function key(name: string, ...modifiers: Modifier[]): KeyInput {
  return {
    type: 'keyDown',
    key: name,
    control: modifiers.includes('control'),
    meta: modifiers.includes('meta'),
    alt: modifiers.includes('alt'),
    shift: modifiers.includes('shift'),
  };
}

const MODES = {
  'development personal': { production: false, kiosk: false },
  'production personal': { production: true, kiosk: false },
  'development kiosk': { production: false, kiosk: true },
  'production kiosk': { production: true, kiosk: true },
} as const;
type Mode = keyof typeof MODES;
const ALL = Object.keys(MODES) as Mode[];
const RESTRICTED: Mode[] = ['production personal', 'development kiosk', 'production kiosk'];
const KIOSK: Mode[] = ['development kiosk', 'production kiosk'];

/** Each shortcut and the modes in which it is swallowed. */
const TABLE: [string, KeyInput, Mode[]][] = [
  // Reload and developer tools: blocked everywhere but in a development personal run.
  ['F5', key('F5'), RESTRICTED],
  ['Ctrl+F5', key('F5', 'control'), RESTRICTED],
  ['Ctrl+R', key('r', 'control'), RESTRICTED],
  ['Ctrl+Shift+R', key('R', 'control', 'shift'), RESTRICTED],
  ['Cmd+R', key('r', 'meta'), RESTRICTED],
  ['BrowserRefresh', key('BrowserRefresh'), RESTRICTED],
  ['F12', key('F12'), RESTRICTED],
  ['Ctrl+Shift+I', key('I', 'control', 'shift'), RESTRICTED],
  ['Ctrl+Shift+J', key('J', 'control', 'shift'), RESTRICTED],
  ['Ctrl+Shift+C', key('C', 'control', 'shift'), RESTRICTED],
  ['Cmd+Alt+I', key('i', 'meta', 'alt'), RESTRICTED],
  // Closing, quitting, printing, saving, new windows, full screen: kiosk only.
  ['Ctrl+W', key('w', 'control'), KIOSK],
  ['Cmd+Q', key('q', 'meta'), KIOSK],
  ['Ctrl+P', key('p', 'control'), KIOSK],
  ['Ctrl+S', key('s', 'control'), KIOSK],
  ['Ctrl+O', key('o', 'control'), KIOSK],
  ['Ctrl+N', key('n', 'control'), KIOSK],
  ['Ctrl+Shift+N', key('N', 'control', 'shift'), KIOSK],
  ['Ctrl+T', key('t', 'control'), KIOSK],
  ['Ctrl+F', key('f', 'control'), KIOSK],
  ['Ctrl+U', key('u', 'control'), KIOSK],
  ['F11', key('F11'), KIOSK],
  ['Alt+F4', key('F4', 'alt'), KIOSK],
  // Zoom always works (WCAG 1.4.4), and typing is never touched.
  ['Ctrl+=', key('=', 'control'), []],
  ['Ctrl++', key('+', 'control', 'shift'), []],
  ['Ctrl+-', key('-', 'control'), []],
  ['Ctrl+0', key('0', 'control'), []],
  ['Cmd+=', key('=', 'meta'), []],
  ['Cmd+-', key('-', 'meta'), []],
  ['Cmd+0', key('0', 'meta'), []],
  ['Ctrl+C (copy)', key('c', 'control'), []],
  ['Ctrl+V (paste)', key('v', 'control'), []],
  ['Ctrl+A', key('a', 'control'), []],
  ['r', key('r'), []],
  ['Shift+W', key('W', 'shift'), []],
  ['I', key('I', 'shift'), []],
  ['F4', key('F4'), []],
  ['Tab', key('Tab'), []],
  ['Enter', key('Enter'), []],
];

describe('shortcutBlocked', () => {
  for (const [name, input, blockedIn] of TABLE) {
    for (const mode of ALL) {
      const blocked = blockedIn.includes(mode);
      it(`${blocked ? 'blocks' : 'allows'} ${name} in ${mode}`, () => {
        expect(shortcutBlocked(input, MODES[mode])).toBe(blocked);
      });
    }
  }

  it('never blocks a keyUp', () => {
    for (const [, input] of TABLE) {
      for (const mode of ALL) expect(shortcutBlocked({ ...input, type: 'keyUp' }, MODES[mode])).toBe(false);
    }
  });
});
