import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Type-checks `code` under the compiler options of `folder/tsconfig.json` (its lib and types
 * decide which runtime the folder may use) and returns the diagnostic codes.
 */
function diagnostics(folder: string, code: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'eidw-probe-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(file, `${code}\nexport {};\n`);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, folder, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const options = {
    ...config.options,
    rootDir: dir,
    composite: false,
    declaration: false,
    noEmit: true,
    typeRoots: [join(root, 'node_modules/@types')],
  };
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program).map((d) => d.code);
}

describe('each folder sees only its runtime (tsconfig lib/types)', () => {
  it('common/ has no DOM', () => {
    expect(diagnostics('common', 'document.title = "x";')).not.toEqual([]);
  });
  it('common/ has no Node types', () => {
    expect(diagnostics('common', "import { readFileSync } from 'node:fs'; readFileSync('x');")).not.toEqual(
      [],
    );
    expect(diagnostics('common', 'Buffer.from("x");')).not.toEqual([]);
  });
  it('renderer/ has the DOM but no Node', () => {
    expect(diagnostics('renderer', 'document.title = "x";')).toEqual([]);
    expect(diagnostics('renderer', 'process.exit(0);')).not.toEqual([]);
  });
  it('native/ has Node', () => {
    expect(diagnostics('native', "import { readFileSync } from 'node:fs'; readFileSync('x');")).toEqual([]);
  });
});
