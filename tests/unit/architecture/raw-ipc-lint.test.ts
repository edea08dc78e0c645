import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` and returns the no-restricted-syntax messages. */
async function syntaxErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const RAW_IPC = [
  "import { ipcMain } from 'electron';\nipcMain.on('x', () => {});\n",
  "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n",
  "import * as electron from 'electron';\nelectron.ipcMain.on('x', () => {});\n",
  "import { ipcRenderer } from 'electron';\nipcRenderer.send('x', 1);\n",
  "import { ipcRenderer } from 'electron';\nvoid ipcRenderer.invoke('x');\n",
  "declare const window: { webContents: { send(c: string): void } };\nwindow.webContents.send('x');\n",
  "declare const webContents: { send(c: string): void };\nwebContents.send('x');\n",
  "declare const w: { webContents: { postMessage(c: string, m: unknown): void } };\nw.webContents.postMessage('x', 1);\n",
];

describe('raw Electron IPC is a lint error outside the two transport files (style.md rule 2)', () => {
  it.each([
    'electron/shell/probe.ts',
    'electron/shell/windows/probe.ts',
    'renderer/src/probe.ts',
    'tests/unit/probe.ts',
  ])('in %s', async (path) => {
    for (const code of RAW_IPC) expect(await syntaxErrors(path, code), code).not.toEqual([]);
  });

  it.each(['electron/shell/ipc/main-transport.ts', 'electron/shell/preload.ts'])(
    'is allowed in %s',
    async (path) => {
      for (const code of RAW_IPC) expect(await syntaxErrors(path, code), code).toEqual([]);
    },
  );

  it('still allows passing ipcMain to the transport, and named exports stay required', async () => {
    const passing = "import * as electron from 'electron';\nexport const ipc = electron.ipcMain;\n";
    expect(await syntaxErrors('electron/shell/probe.ts', passing)).toEqual([]);
    expect(await syntaxErrors('electron/shell/probe.ts', 'export default 1;\n')).not.toEqual([]);
  });
});
