// ESLint flat config. The import matrix of docs/architecture.md is enforced here (as errors)
// and again by the per-folder tsconfig files (lib/types/rootDir), so a layering mistake fails
// both `npm run lint` and `npm run typecheck`.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders at the top level whose code may be imported by others, with who may import them. */
const folders = ['common', 'native', 'electron', 'renderer', 'server', 'tests', 'bench'];

/** A regex that matches a relative import reaching into one of the given top-level folders. */
const into = (names) => `^(\\.\\./)+(${names.join('|')})/`;

/**
 * What each folder may not import. `relative` lists top-level folders it must not reach into;
 * `node` forbids node:* built-ins and Node-only packages; `packages` lists bare packages.
 */
const rules = {
  common: {
    relative: folders.filter((f) => f !== 'common'),
    node: true,
    packages: ['electron', 'pcsclite', 'react', '@mui/*'],
  },
  native: {
    relative: folders.filter((f) => f !== 'common' && f !== 'native'),
    packages: ['electron', 'react', '@mui/*'],
  },
  electron: { relative: ['renderer', 'server', 'tests', 'bench'], packages: ['pcsclite', 'react', '@mui/*'] },
  renderer: {
    relative: folders.filter((f) => f !== 'common' && f !== 'renderer'),
    node: true,
    packages: ['electron', 'pcsclite'],
  },
  server: {
    relative: folders.filter((f) => f !== 'common' && f !== 'server'),
    packages: ['electron', 'pcsclite', 'react', '@mui/*'],
  },
};

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'net',
  'http',
  'https',
  'buffer',
  'stream',
  'util',
  'events',
  'url',
  'zlib',
  'tls',
  'dgram',
  'worker_threads',
];

function boundary(folder, { relative, node = false, packages }) {
  const patterns = [
    {
      regex: into(relative),
      message: `${folder}/ may not import from ${relative.join(', ')} (docs/architecture.md, import matrix).`,
    },
    ...packages.map((p) => ({
      group: [p],
      message: `${folder}/ may not import ${p} (docs/architecture.md).`,
    })),
  ];
  if (node)
    patterns.push({
      group: nodeBuiltins,
      message: `${folder}/ is runtime-free: no Node built-ins (use Uint8Array and Web APIs).`,
    });
  return { files: [`${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/** The two files allowed to touch Electron IPC: main's end and the preload (renderer's end). */
const IPC_TRANSPORT_FILES = ['electron/shell/ipc/main-transport.ts', 'electron/shell/preload.ts'];

const RAW_IPC_MESSAGE =
  'Raw Electron IPC only in electron/shell/ipc/main-transport.ts and electron/shell/preload.ts: use the typed contract (common/ipc/).';

const NAMED_EXPORTS_ONLY = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };

/** Calls on ipcMain/ipcRenderer (bare or as `electron.ipcMain`) and webContents.send & co. */
const RAW_IPC_SELECTORS = [
  'CallExpression[callee.object.name=/^ipc(Main|Renderer)$/]',
  'CallExpression[callee.object.property.name=/^ipc(Main|Renderer)$/]',
  "CallExpression[callee.object.name='webContents'][callee.property.name=/^(send|sendToFrame|postMessage)$/]",
  "CallExpression[callee.object.property.name='webContents'][callee.property.name=/^(send|sendToFrame|postMessage)$/]",
].map((selector) => ({ selector, message: RAW_IPC_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NAMED_EXPORTS_ONLY],
    },
  },
  ...Object.entries(rules).map(([folder, r]) => boundary(folder, r)),
  {
    // Only native/pcsc/ talks to the PC/SC addon.
    files: ['native/**/*.ts'],
    ignores: ['native/pcsc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(folders.filter((f) => f !== 'common' && f !== 'native')),
              message: 'native/ may only import common/.',
            },
            { group: ['pcsclite'], message: 'Only native/pcsc/ imports pcsclite.' },
            { group: ['electron', 'react', '@mui/*'], message: 'native/ is hardware code.' },
          ],
        },
      ],
    },
  },
  {
    // Only electron/shell/ imports electron.
    files: ['electron/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(['renderer', 'server', 'tests', 'bench']),
              message: 'electron/ may import common/ and native/ only.',
            },
            {
              regex: '^(\\.\\./)+shell/',
              message: 'electron/app/ is Electron-free: it may not import electron/shell/.',
            },
            { group: ['electron'], message: 'Only electron/shell/ imports electron.' },
            {
              group: ['pcsclite', 'react', '@mui/*'],
              message: 'electron/app/ reaches the card through native/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The wizard's views (issue 6; style.md rule 9): every user-visible string comes from
    // locales/ through i18next: JSX text and literal strings in JSX expressions, plus the
    // attributes people read or hear (labels, titles, alt texts...). Hooks follow React's rules.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'aria-roledescription',
              'title',
              'alt',
              'placeholder',
              'label',
              'helperText',
            ],
          },
        },
      ],
    },
  },
  {
    // Raw Electron IPC only in the two transport files (style.md rule 2; issue 7 point 1):
    // everything else speaks the typed contract (common/ipc/) over a Transport.
    files: ['**/*.{ts,tsx}'],
    ignores: [...IPC_TRANSPORT_FILES],
    rules: {
      'no-restricted-syntax': ['error', NAMED_EXPORTS_ONLY, ...RAW_IPC_SELECTORS],
    },
  },
  {
    // Tool configuration files are loaded through their default export.
    files: [
      'eslint.config.js',
      'vitest.config.ts',
      'vite.config.ts',
      'renderer/vite.config.ts',
      'electron/build/vite.app.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The wizard's build configuration runs in Node, not in the renderer.
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
