import { runTool } from '../../../support/run-tool.ts';

/** Fails with what to install when Debian's `openssl` is not on PATH. */
export async function requireOpenssl(): Promise<void> {
  try {
    const version = await runTool('openssl', ['version']);
    if (version.status !== 0) throw new Error(version.stderr);
  } catch (error) {
    throw new Error(
      `these tests need the openssl command line tool (apt-get install openssl): ${(error as Error).message}`,
      { cause: error },
    );
  }
}
