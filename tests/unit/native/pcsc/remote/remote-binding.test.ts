import { describe, expect, it } from 'vitest';
import {
  createRemoteBinding,
  parseScardCode,
  type BindingReader,
  type ContextEvents,
  type ReaderStatus,
  type RemoteDiagnostic,
} from '../../../../../native/pcsc/index.ts';
import { scardError } from '../fakes/fake-binding.ts';
import { ATR_17 } from '../service-harness.ts';
import { fakeLauncher, settle } from './fake-host.ts';

/** Opens a remote binding over fake hosts and records what main's side is told, in order. */
function openRemote() {
  const launcher = fakeLauncher();
  const diagnostics: RemoteDiagnostic[] = [];
  const binding = createRemoteBinding(launcher.launch, { onDiagnostic: (d) => diagnostics.push(d) });
  const log: string[] = [];
  const readers: BindingReader[] = [];
  const statuses: ReaderStatus[] = [];
  const errors: Error[] = [];
  const events: ContextEvents = {
    reader(reader) {
      readers.push(reader);
      log.push(`reader ${reader.name}`);
      return {
        status: (s) => (statuses.push(s), log.push(`status ${reader.name} ${s.present}`)),
        error: (e) => (errors.push(e), log.push(`reader-error ${reader.name}`)),
        end: () => log.push(`end ${reader.name}`),
      };
    },
    error: (e) => (errors.push(e), log.push('context-error')),
  };
  const context = binding.open(events);
  return { launcher, binding, context, events, log, readers, statuses, errors, diagnostics };
}

describe('createRemoteBinding: events', () => {
  it('forwards readers, their status (ATR as bytes), removal and the service stopping', async () => {
    const { launcher, log, statuses, errors } = openRemote();
    await settle();
    const reader = launcher.binding.context.addReader('Reader A');
    reader.insert(ATR_17);
    await settle();
    expect(statuses[0]).toEqual({ present: true, mute: false, atr: ATR_17, eventCount: 1 });
    expect(statuses[0]?.atr).toBeInstanceOf(Uint8Array);

    launcher.binding.context.stopService();
    await settle();

    expect(log).toEqual([
      'reader Reader A',
      'status Reader A true',
      'context-error',
      'reader-error Reader A',
      'end Reader A',
    ]);
    expect(parseScardCode(errors[0]!.message)).toBe(0x80100013);
    expect(launcher.hosts).toHaveLength(1);
  });

  it('reports a failed SCardEstablishContext in the host as the context failing with its code', async () => {
    const { launcher, errors } = openRemote();
    launcher.binding.running = false; // fails the host's open, which runs once 'open' arrives
    await settle();
    expect(errors.map((e) => parseScardCode(e.message))).toEqual([0x8010001d]);
  });
});

describe('createRemoteBinding: calls', () => {
  it('connects, transmits, controls and disconnects through the host', async () => {
    const { launcher, readers } = openRemote();
    await settle();
    const fake = launcher.binding.context.addReader('Reader A');
    fake.answer = () => Uint8Array.of(0x6a, 0x82);
    fake.controlAnswer = () => Uint8Array.of(1, 2, 3);
    await settle();
    const reader = readers[0]!;

    expect(await reader.connect('shared', 'T0')).toBe('T0');
    const response = await reader.transmit(Uint8Array.of(0x00, 0xa4, 0x04, 0x0c), 258, 'T0');
    expect(response).toEqual(Uint8Array.of(0x6a, 0x82));
    expect(await reader.control(0x42000d48, new Uint8Array(0), 65548)).toEqual(Uint8Array.of(1, 2, 3));
    await expect(reader.disconnect('reset')).resolves.toBeUndefined();
    expect(fake.calls).toMatchObject([
      { op: 'connect', share: 'shared', protocol: 'T0' },
      { op: 'transmit', maxLength: 258, protocol: 'T0' },
      { op: 'control', code: 0x42000d48 },
      { op: 'disconnect', disposition: 'reset' },
    ]);
  });

  it('rejects with the SCARD code of the failure in the host', async () => {
    const { launcher, readers } = openRemote();
    await settle();
    const fake = launcher.binding.context.addReader('Reader A');
    fake.connectWith = () => {
      throw scardError('SCardConnect', 0x80100069, 'Card was removed');
    };
    await settle();

    const error = await readers[0]!.connect('shared', 'T0').then(
      () => new Error('resolved'),
      (e: unknown) => e as Error,
    );
    expect(parseScardCode(error.message)).toBe(0x80100069);
  });

  it('zero-fills in the host the command bytes it received (a VERIFY carries the PIN)', async () => {
    const { launcher, readers } = openRemote();
    await settle();
    launcher.binding.context.addReader('Reader A');
    await settle();
    const verify = Uint8Array.of(
      0x00,
      0x20,
      0x00,
      0x01,
      0x08,
      0x24,
      0x12,
      0x34,
      0xff,
      0xff,
      0xff,
      0xff,
      0xff,
    );

    await readers[0]!.transmit(verify, 258, 'T0');

    const inHost = launcher.host.received.find((m) => (m as { op?: string }).op === 'transmit') as {
      command: Uint8Array;
    };
    expect(inHost.command).toHaveLength(verify.length);
    expect(inHost.command.every((b) => b === 0)).toBe(true);
    expect(launcher.binding.context.readers[0]!.calls[0]).toMatchObject({ op: 'transmit', command: verify });
  });
});
