import { afterEach } from 'vitest';
import { startFlowHarness, type FlowHarness } from './flow-harness.ts';

/**
 * For a test file whose tests each start one flow harness: returns the starter, and closes the
 * harness the running test started once it ends (passed or failed).
 */
export function flowHarnessPerTest(): (
  ...options: Parameters<typeof startFlowHarness>
) => Promise<FlowHarness> {
  let harness: FlowHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return async (...options) => (harness = await startFlowHarness(...options));
}
