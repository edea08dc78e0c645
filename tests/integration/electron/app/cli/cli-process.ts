import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../../../electron/app/cli/eid-wizard.ts', import.meta.url));

/** `eid-wizard` running as a child process, as a person starts it, with piped stdin. */
export interface CliProcess {
  /** Everything written to stdout so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Types `text` into its stdin. */
  type(text: string): void;
  /** Resolves once stdout contains `text`. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (or 128 + signal) and the wall time from spawn to exit. */
  readonly exited: Promise<{ code: number; ms: number }>;
}

/** A word for `sh -c`: single-quoted. */
const shellWord = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Starts `eid-wizard ...args` with Node's own binary (type stripping, as `npx eid-wizard`). With
 * `tty`, inside script(1), which gives it a pseudo-terminal: what the test types then goes
 * through a real terminal line discipline, which echoes unless the program turns echo off.
 */
export function startCli(args: readonly string[], options: { tty?: boolean } = {}): CliProcess {
  return startScript(CLI, args, options);
}

/** Like {@link startCli}, for any of the project's Node scripts (`npm run demo`'s, for one). */
export function startScript(
  script: string,
  args: readonly string[],
  options: { tty?: boolean } = {},
): CliProcess {
  const started = performance.now();
  const command = [process.execPath, script, ...args];
  const [file, argv] = options.tty
    ? ['script', ['-qfec', command.map(shellWord).join(' '), '/dev/null']]
    : [command[0]!, command.slice(1)];
  const child = spawn(file, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number; ms: number }>((resolve) => {
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? 128 + (signal === 'SIGINT' ? 2 : 15), ms: performance.now() - started }),
    );
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    type: (text) => void child.stdin.write(text),
    async waitFor(text, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!stdout.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`${script} never printed ${JSON.stringify(text)}:\n${stdout}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    kill: (signal) => void child.kill(signal),
    exited,
  };
}
