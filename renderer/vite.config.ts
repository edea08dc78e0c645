import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The wizard's production build (issue 6): `vite build --config renderer/vite.config.ts`
 * writes `dist/wizard/` at the repository top, with relative asset paths (`base: './'`) so
 * the same files load from `file://` in Electron and from the loopback test host. The
 * translations are bundled from `locales/<lang>/wizard.json` through the `@locales` alias.
 * Nothing is fetched at run time: no fonts, no CDN (the page's CSP forbids it).
 * Two pages: the citizen's wizard (`index.html`) and the counter operator's window
 * (`operator.html`, assisted mode, issue 7 point 5; docs/assisted-mode.md). What both use
 * (React, MUI, the contract machinery) goes into one shared chunk.
 */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@locales': here('../locales') } },
  build: {
    outDir: here('../dist/wizard'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Keep the CSP strict: no inline module-preload polyfill script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { wizard: here('index.html'), operator: here('operator.html') },
    },
    // Few chunks on purpose (loaded from disk, never over a network): each page's entry and
    // the code both pages share (~700 kB, ~215 kB gzipped, most of it).
    chunkSizeWarningLimit: 900,
  },
});
