import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The wizard's production build (issue 6): `vite build --config renderer/vite.config.ts`
 * writes `dist/wizard/` at the repository top, with relative asset paths (`base: './'`) so
 * the same files load from `file://` in Electron and from the loopback test host. The
 * translations are bundled from `locales/<lang>/wizard.json` through the `@locales` alias.
 * Nothing is fetched at run time: no fonts, no CDN (the page's CSP forbids it).
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
    // One chunk on purpose (loaded from disk, never over a network): ~700 kB, ~215 kB gzipped.
    chunkSizeWarningLimit: 900,
  },
});
