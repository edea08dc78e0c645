import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../../../electron/shell/security/web-preferences.ts';

/** Security checklist items 2-4, 6, 8-11 and the app's own additions, with their only allowed value. */
const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;

describe('hardenedWebPreferences', () => {
  for (const production of [true, false]) {
    describe(production ? 'production' : 'development', () => {
      const preferences = hardenedWebPreferences('/app/preload.cjs', { production });

      for (const [name, value] of Object.entries(HARDENED)) {
        it(`sets ${name} to ${String(value)}`, () => {
          expect(preferences).toHaveProperty(name, value);
        });
      }

      it('names the preload', () => {
        expect(preferences.preload).toBe('/app/preload.cjs');
      });

      it('has exactly the hardened keys (no enableBlinkFeatures, nothing unexpected)', () => {
        expect(Object.keys(preferences).sort()).toEqual(
          [...Object.keys(HARDENED), 'preload', 'devTools'].sort(),
        );
        expect(preferences).not.toHaveProperty('enableBlinkFeatures');
      });

      it('turns no nodeIntegration* on', () => {
        const node = Object.entries(preferences).filter(([key]) => key.startsWith('nodeIntegration'));
        expect(node).toHaveLength(3);
        for (const [, value] of node) expect(value).toBe(false);
      });
    });
  }

  it('disables developer tools in production only', () => {
    expect(hardenedWebPreferences('p', { production: true }).devTools).toBe(false);
    expect(hardenedWebPreferences('p', { production: false }).devTools).toBe(true);
  });
});
