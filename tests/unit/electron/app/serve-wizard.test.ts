import { afterEach, describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import type { FlowStep } from '../../../../common/flow/steps.ts';
import { WIZARD_CONTRACT, type WizardContract } from '../../../../common/flow/wizard-contract.ts';
import {
  ContractCallError,
  createContractClient,
  createMemoryTransportPair,
  type ContractClient,
  type Transport,
} from '../../../../common/ipc/index.ts';
import { serveWizard } from '../../../../electron/app/flow/serve-wizard.ts';
import { connectWebSocketTransport } from '../../../../renderer/ipc/index.ts';
import { startLoopbackHost } from '../../../host/loopback-host.ts';
import { startFlowHarness, typedPin, type FlowHarness } from '../../../support/flow-harness.ts';

/** A renderer's end of the wizard contract, connected to `harness.local` (the flow in main) over one transport. */
type Connect = (harness: FlowHarness) => Promise<{ client: Transport; close(): Promise<void> }>;

const TRANSPORTS: [string, Connect][] = [
  [
    'in-memory pair',
    async ({ local: flow }) => {
      const pair = createMemoryTransportPair();
      const stop = serveWizard(flow, pair.server);
      return { client: pair.client, close: async () => stop() };
    },
  ],
  [
    'loopback WebSocket host',
    async ({ local: flow }) => {
      const host = await startLoopbackHost({ serve: (transport) => serveWizard(flow, transport) });
      return { client: await connectWebSocketTransport(host.url), close: () => host.close() };
    },
  ],
];

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.reverse()) await close();
  cleanup = [];
});

/** Resolves with the first `state` event at `step` (or the current state when it is there). */
function until(client: ContractClient<WizardContract>, step: FlowStep): Promise<FlowSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${step} snapshot`)), 10_000);
    const off = client.on('state', (snapshot) => {
      if (snapshot.step !== step) return;
      clearTimeout(timer);
      off();
      resolve(snapshot);
    });
    void client.call('getState', {}).then((snapshot) => {
      if (snapshot.step !== step) return;
      clearTimeout(timer);
      off();
      resolve(snapshot);
    });
  });
}

describe.each(TRANSPORTS)('the wizard contract over the %s', (_name, connect) => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    it(`drives a whole registration with a ${cardId} card, the renderer's way`, async () => {
      const harness = await startFlowHarness();
      cleanup.push(() => harness.close());
      const connection = await connect(harness);
      cleanup.push(() => connection.close());
      const client = createContractClient(WIZARD_CONTRACT, connection.client);

      await client.call('setLanguage', { language: 'nl' });
      await client.call('start', {});
      harness.insert(cardId);
      expect(await until(client, 'authenticatePin')).toMatchObject({ pinTriesLeft: 3, language: 'nl' });
      const pin = typedPin('1234');
      await client.call('submitPin', { pin });
      await until(client, 'enterCodeAndContact');
      await client.call('submitDetails', { code: await harness.phoneCode(), email: 'an@example.be' });
      const confirm = await until(client, 'confirmData');
      if (confirm.step !== 'confirmData') throw new Error('unreachable');
      expect(confirm.holder.photo).toBeInstanceOf(Uint8Array); // bytes survive the transport
      await client.call('confirm', { confirmed: true });
      await until(client, 'signPin');
      await client.call('submitPin', { pin: typedPin('1234') });
      expect(await until(client, 'done')).toMatchObject({ step: 'done', language: 'nl' });
    });
  }

  it('refuses a command that does not fit the step, and an argument off its schema', async () => {
    const harness = await startFlowHarness();
    cleanup.push(() => harness.close());
    const connection = await connect(harness);
    cleanup.push(() => connection.close());
    const client = createContractClient(WIZARD_CONTRACT, connection.client);

    const notNow = await client.call('confirm', { confirmed: true }).catch((e: unknown) => e);
    expect(notNow).toBeInstanceOf(ContractCallError);
    expect((notNow as ContractCallError).data.code).toBe('not-allowed-now');
    const tooLong = await client
      .call('submitPin', { pin: new Uint8Array(13).fill(0x31) })
      .catch((e: unknown) => e);
    expect((tooLong as ContractCallError).data.code).toBe('bad-argument');
    expect(JSON.stringify((tooLong as ContractCallError).data)).not.toContain('1111');
  });
});
