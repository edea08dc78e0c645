import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../../../electron/shell/security/web-preferences.ts';
import type { DisplayLike } from '../../../../../electron/shell/windows/choose-displays.ts';
import {
  operatorWindowOptions,
  wizardWindowOptions,
} from '../../../../../electron/shell/windows/window-options.ts';

const DISPLAY: DisplayLike = { id: 2, workArea: { x: 1920, y: 24, width: 1600, height: 1000 } };
const SMALL: DisplayLike = { id: 3, workArea: { x: 0, y: 0, width: 800, height: 600 } };
const PATHS = { preload: '/app/dist/app/preload.cjs' };

describe('wizardWindowOptions', () => {
  it('kiosk: full screen on the whole work area, kiosk flag, not closable or minimisable', () => {
    const options = wizardWindowOptions('kiosk', DISPLAY, PATHS, { production: true, title: 'eID' });
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
      minimizable: false,
      show: false,
      ...DISPLAY.workArea,
    });
  });

  it.each(['personal', 'assisted'] as const)('%s: a normal window centred on its display', (mode) => {
    const options = wizardWindowOptions(mode, DISPLAY, PATHS, { production: true, title: 'eID Wizard' });
    expect(options).toMatchObject({
      title: 'eID Wizard',
      kiosk: false,
      fullscreen: false,
      closable: true,
      minimizable: true,
      show: false,
      width: 1024,
      height: 800,
      x: 1920 + 288,
      y: 24 + 100,
    });
  });

  it('shrinks a window to a small display', () => {
    const options = wizardWindowOptions('personal', SMALL, PATHS, { production: true, title: 't' });
    expect(options).toMatchObject({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('operatorWindowOptions', () => {
  it('is a normal, closable window centred on its display', () => {
    const options = operatorWindowOptions(DISPLAY, PATHS, { production: true, title: 'Operator' });
    expect(options).toMatchObject({
      title: 'Operator',
      kiosk: false,
      fullscreen: false,
      closable: true,
      minimizable: true,
      show: false,
      width: 560,
      height: 720,
      x: 1920 + 520,
      y: 24 + 140,
    });
  });
});

describe('both windows', () => {
  for (const production of [true, false]) {
    const expected = hardenedWebPreferences(PATHS.preload, { production });
    const windows = [
      ['kiosk wizard', wizardWindowOptions('kiosk', DISPLAY, PATHS, { production, title: 't' })],
      ['personal wizard', wizardWindowOptions('personal', DISPLAY, PATHS, { production, title: 't' })],
      ['assisted wizard', wizardWindowOptions('assisted', DISPLAY, PATHS, { production, title: 't' })],
      ['operator', operatorWindowOptions(DISPLAY, PATHS, { production, title: 't' })],
    ] as const;
    for (const [name, options] of windows) {
      it(`${name} (${production ? 'production' : 'development'}) has the hardened webPreferences`, () => {
        expect(options.webPreferences).toEqual(expected);
        expect(options.webPreferences).toMatchObject({
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        });
        expect(options.webPreferences.devTools).toBe(!production);
        expect(options.show).toBe(false);
      });
    }
  }
});
