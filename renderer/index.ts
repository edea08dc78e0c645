/**
 * The renderer folder's type-check anchor. The wizard page's entry is `src/main.tsx` (loaded
 * by `index.html`, built by `vite.config.ts`); nothing imports this module.
 */
export {};
