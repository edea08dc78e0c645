import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import { FlowSnapshotSchema } from '../../../../common/flow/snapshot.ts';
import { WIZARD_CONTRACT } from '../../../../common/flow/wizard-contract.ts';
import { connectWizard } from '../../../../common/flow/wizard-remote.ts';
import {
  ContractCallError,
  createContractClient,
  createMemoryTransportPair,
  serveContract,
} from '../../../../common/ipc/index.ts';
import { Value } from 'typebox/value';
import { recordingWizardHandlers } from '../../../support/recording-wizard-handlers.ts';

/** `stillHere` and `idleWarningUntil` on the wizard contract (registration-flow.md step 6). */
const PIN: FlowSnapshot = {
  step: 'authenticatePin',
  seq: 4,
  language: 'nl',
  pinTriesLeft: 3,
  pinpad: false,
  wrongPin: false,
};

function served() {
  const pair = createMemoryTransportPair();
  const received: { method: string; arg: unknown }[] = [];
  serveContract(
    WIZARD_CONTRACT,
    recordingWizardHandlers(
      () => PIN,
      (method, arg) => void received.push({ method, arg }),
    ),
    pair.server,
  );
  return { pair, received };
}

describe('stillHere on the wizard contract', () => {
  it('is sent by the view with an empty argument and answered null', async () => {
    const { pair, received } = served();
    const remote = await connectWizard(pair.client);
    await expect(remote.stillHere()).resolves.toBeUndefined();
    expect(received).toEqual([{ method: 'stillHere', arg: {} }]);
    remote.close();
  });

  it('refuses an argument with extra fields, before main sees it', async () => {
    const { pair, received } = served();
    const client = createContractClient(WIZARD_CONTRACT, pair.client);
    const refused = await client
      .call('stillHere', { forMinutes: 10 } as unknown as Record<string, never>)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ContractCallError);
    expect((refused as ContractCallError).data.code).toBe('bad-argument');
    expect(received).toEqual([]);
    client.close();
  });

  it('lets every step carry idleWarningUntil as a date-time, and nothing else', () => {
    const until = '2025-06-15T10:01:30.000Z';
    expect(Value.Check(FlowSnapshotSchema, { ...PIN, idleWarningUntil: until })).toBe(true);
    expect(
      Value.Check(FlowSnapshotSchema, { step: 'done', seq: 1, language: 'en', idleWarningUntil: until }),
    ).toBe(true);
    expect(Value.Check(FlowSnapshotSchema, { ...PIN, idleWarningUntil: 'soon' })).toBe(false);
    expect(Value.Check(FlowSnapshotSchema, { ...PIN, idleWarningUntil: 30 })).toBe(false);
  });
});
