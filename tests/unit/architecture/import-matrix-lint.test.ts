import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` and returns the import-boundary messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import matrix of docs/architecture.md is a lint error', () => {
  it.each([
    ['common/eid/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['common/eid/probe.ts', "import { x } from '../../native/belpic/probe.ts';"],
    ['common/eid/probe.ts', "import pcsc from 'pcsclite';"],
    ['native/belpic/probe.ts', "import pcsc from 'pcsclite';"],
    ['native/belpic/probe.ts', "import { x } from '../../electron/app/probe.ts';"],
    ['electron/app/probe.ts', "import { app } from 'electron';"],
    ['electron/app/probe.ts', "import { x } from '../shell/probe.ts';"],
    ['renderer/probe.ts', "import { x } from '../native/belpic/probe.ts';"],
    ['renderer/probe.ts', "import { readFileSync } from 'fs';"],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['server/probe.ts', "import { x } from '../electron/app/probe.ts';"],
  ])('%s: %s', async (path, code) => {
    expect(await boundaryErrors(path, code)).not.toEqual([]);
  });

  it.each([
    ['native/belpic/probe.ts', "import { x } from '../../common/eid/probe.ts';"],
    ['native/pcsc/probe.ts', "import pcsc from 'pcsclite';"],
    ['electron/shell/probe.ts', "import { app } from 'electron';"],
    ['electron/shell/probe.ts', "import { x } from '../app/probe.ts';"],
    ['renderer/probe.ts', "import { x } from '../common/ipc/probe.ts';"],
    ['tests/unit/probe.ts', "import { x } from '../../native/belpic/probe.ts';"],
  ])('allows %s: %s', async (path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});
