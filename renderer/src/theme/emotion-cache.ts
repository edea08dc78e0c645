import createCache, { type EmotionCache } from '@emotion/cache';
import { AdoptedStyleSheet } from './adopted-style-sheet.ts';

/**
 * Emotion's style cache for the strict CSP of index.html (`style-src 'self'`, no
 * 'unsafe-inline', no hashes): rules go into constructable style sheets through the CSSOM
 * (`AdoptedStyleSheet`), never into `<style>` elements, which the CSP blocks even when empty
 * (checked in Chromium: emotion's speedy mode alone leaves the page unstyled).
 */
export function createStyleCache(): EmotionCache {
  const cache = createCache({ key: 'eidw', speedy: true });
  cache.sheet = new AdoptedStyleSheet({ key: cache.key }) as unknown as EmotionCache['sheet'];
  return cache;
}
