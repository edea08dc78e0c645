/**
 * The translations bundled from `locales/<lang>/*.json` through the `@locales` alias of
 * renderer/vite.config.ts (the JSON lives outside this project's rootDir).
 */
declare module '@locales/*' {
  const namespace: Record<string, unknown>;
  export default namespace;
}
