import { execFile } from 'node:child_process';

/** Result of a command-line tool run by a test. */
export interface ToolResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command with a timeout, without a shell; never rejects for a non-zero exit.
 * Asynchronous on purpose: a virtual card served from this process must keep answering
 * pcscd while the tool runs.
 */
export function runTool(command: string, args: readonly string[], timeoutMs = 30_000): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number')
        return reject(new Error(`${command} could not run: ${error.message}`));
      resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}
