import { afterEach, describe, expect, it } from 'vitest';
import { WIZARD_CONTRACT } from '../../../../../common/flow/wizard-contract.ts';
import {
  ContractCallError,
  createContractClient,
  serveContract,
  type IpcDiagnostic,
} from '../../../../../common/ipc/index.ts';
import { IPC_CHANNEL } from '../../../../../electron/shell/ipc/ipc-channel.ts';
import { createMainTransport } from '../../../../../electron/shell/ipc/main-transport.ts';
import { createPreloadBridgeTransport } from '../../../../../renderer/ipc/preload-bridge-transport.ts';
import { createFakeContents, createFakeIpcMain, fakePreloadBridge } from '../../../../support/fake-ipc.ts';
import { recordingWizardHandlers } from '../../../../support/recording-wizard-handlers.ts';
import { snapshotOf } from '../../../../support/sample-snapshots.ts';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0).reverse()) close();
});

/** The wizard contract served by main on the Electron transport, called by a page through its preload bridge. */
function connect(url?: string) {
  const ipc = createFakeIpcMain();
  const contents = createFakeContents(url);
  const commands: [string, unknown][] = [];
  const diagnostics: IpcDiagnostic[] = [];
  const server = serveContract(
    WIZARD_CONTRACT,
    recordingWizardHandlers(
      () => snapshotOf({ step: 'welcome' }),
      (method, arg) => commands.push([method, arg]),
    ),
    createMainTransport(ipc, contents, (diagnostic) => diagnostics.push(diagnostic)),
  );
  const client = createContractClient(
    WIZARD_CONTRACT,
    createPreloadBridgeTransport(fakePreloadBridge(ipc, contents)),
  );
  cleanup.push(
    () => client.close(),
    () => server.close(),
  );
  return { ipc, contents, client, server, commands, diagnostics };
}

describe('a contract served over the Electron transport', () => {
  it('answers a call from the page', async () => {
    const { client, diagnostics } = connect();
    await expect(client.call('getState', {})).resolves.toEqual(snapshotOf({ step: 'welcome' }));
    expect(diagnostics).toEqual([]);
  });

  it('runs a command with its argument', async () => {
    const { client, commands } = connect();
    await expect(client.call('setLanguage', { language: 'fr' })).resolves.toBeNull();
    expect(commands).toEqual([['setLanguage', { language: 'fr' }]]);
  });

  it('refuses an argument off the schema with bad-argument, before the handler', async () => {
    const { client, commands } = connect();
    const call = client.call('setLanguage', { language: 'xx' } as never);
    await expect(call).rejects.toBeInstanceOf(ContractCallError);
    await expect(call).rejects.toMatchObject({ data: { code: 'bad-argument' } });
    await expect(client.call('chooseReader', { reader: 'A', extra: 1 } as never)).rejects.toMatchObject({
      data: { code: 'bad-argument' },
    });
    expect(commands).toEqual([]);
  });

  it('delivers events to the page', async () => {
    const { client, server } = connect();
    const states: unknown[] = [];
    client.on('state', (snapshot) => states.push(snapshot));
    server.emit('state', snapshotOf({ step: 'done' }, 2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(states).toEqual([snapshotOf({ step: 'done' }, 2)]);
  });

  it('never answers a page that is not the app', async () => {
    const { client, commands, contents, diagnostics } = connect('https://evil.example/');
    const answered = client.call('start', {}).then(
      () => 'answered',
      () => 'refused',
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(commands).toEqual([]);
    expect(contents.sent.filter(([channel]) => channel === IPC_CHANNEL)).toEqual([]);
    expect(diagnostics).toEqual([{ kind: 'malformed-message', reason: 'untrusted sender' }]);
    client.close();
    await expect(answered).resolves.toBe('refused');
  });
});
