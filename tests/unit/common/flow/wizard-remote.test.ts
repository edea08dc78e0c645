import { afterEach, describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import { WIZARD_CONTRACT } from '../../../../common/flow/wizard-contract.ts';
import { connectWizard, type WizardRemote } from '../../../../common/flow/wizard-remote.ts';
import { ContractError, createMemoryTransportPair, serveContract } from '../../../../common/ipc/index.ts';
import { recordingWizardHandlers } from '../../../support/recording-wizard-handlers.ts';

/**
 * The view's side of the wizard contract, against a scripted main: what it sends for each
 * intent, which snapshot it keeps, and that the PIN buffer it was given is zero-filled.
 */
const welcome = (seq: number): FlowSnapshot => ({ step: 'welcome', seq, language: 'nl' });
const waiting = (seq: number): FlowSnapshot => ({
  step: 'waitingForReader',
  seq,
  language: 'nl',
  pcscAvailable: true,
});

let remotes: WizardRemote[] = [];
afterEach(() => {
  for (const remote of remotes) remote.close();
  remotes = [];
});

/** A remote connected to a main whose every command is recorded and answered with `null`. */
async function connected(state: FlowSnapshot = welcome(3)) {
  const pair = createMemoryTransportPair();
  const received: { method: string; arg: unknown; pinCopy?: number[] }[] = [];
  const server = serveContract(
    WIZARD_CONTRACT,
    recordingWizardHandlers(
      () => state,
      (method, arg) => {
        const pin = (arg as { pin?: Uint8Array }).pin;
        received.push({ method, arg, ...(pin ? { pinCopy: [...pin] } : {}) });
        if (method === 'retry') throw new ContractError({ code: 'not-allowed-now', category: 'flow' });
      },
    ),
    pair.server,
  );
  const remote = await connectWizard(pair.client);
  remotes.push(remote);
  return {
    remote,
    received,
    server,
    setState(next: FlowSnapshot) {
      state = next;
      server.emit('state', next);
    },
  };
}

describe('connectWizard', () => {
  it('starts from main’s snapshot and keeps only newer ones', async () => {
    const { remote, server, setState } = await connected();
    const seen: number[] = [];
    remote.onSnapshot((s) => seen.push(s.seq));
    expect(remote.snapshot).toEqual(welcome(3));

    setState(waiting(4));
    server.emit('state', welcome(2)); // late and older: ignored
    await remote.refresh();

    expect(remote.snapshot).toEqual(waiting(4));
    expect(seen).toEqual([4]);
  });

  it('sends each intent with the argument the contract asks for', async () => {
    const { remote, received } = await connected();
    await remote.start();
    await remote.setLanguage('fr');
    await remote.chooseReader('Reader B');
    await remote.submitDetails({ code: 'AB3CD', email: 'a@example.be' });
    await remote.confirm();
    await remote.back();
    await remote.cancel();
    await remote.submitPin(undefined);

    expect(received).toEqual([
      { method: 'start', arg: {} },
      { method: 'setLanguage', arg: { language: 'fr' } },
      { method: 'chooseReader', arg: { reader: 'Reader B' } },
      { method: 'submitDetails', arg: { code: 'AB3CD', email: 'a@example.be' } },
      { method: 'confirm', arg: { confirmed: true } },
      { method: 'back', arg: {} },
      { method: 'cancel', arg: {} },
      { method: 'submitPin', arg: {} },
    ]);
  });

  it('zero-fills the PIN it was given once it is sent, also when main refuses it', async () => {
    const { remote, received } = await connected();
    const pin = new TextEncoder().encode('1234');
    const tooShort = new TextEncoder().encode('12');

    await remote.submitPin(pin);
    const refused = await remote.submitPin(tooShort).catch((e: unknown) => e);

    expect(received.map((r) => r.pinCopy)).toEqual([[0x31, 0x32, 0x33, 0x34]]);
    expect((refused as ContractError).data.code).toBe('bad-argument');
    expect([...pin, ...tooShort].every((b) => b === 0)).toBe(true);
  });

  it('rejects with main’s error, and with transport-closed once closed', async () => {
    const { remote } = await connected();
    const refused = await remote.retry().catch((e: unknown) => e);
    remote.close();
    const closed = await remote.start().catch((e: unknown) => e);

    expect((refused as ContractError).data.code).toBe('not-allowed-now');
    expect((closed as ContractError).data.code).toBe('transport-closed');
  });

  it('fails to connect when the other end is gone, and closes its transport', async () => {
    const pair = createMemoryTransportPair();
    pair.server.close();
    const error = await connectWizard(pair.client).catch((e: unknown) => e);
    expect((error as ContractError).data.code).toBe('transport-closed');
  });
});
