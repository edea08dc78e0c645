import { describe, expect, it } from 'vitest';
import { createRemoteBinding, parseScardCode, type BindingReader } from '../../../../../native/pcsc/index.ts';
import { deferred } from '../fakes/fake-binding.ts';
import { fakeLauncher, settle } from './fake-host.ts';

const NO_SERVICE = 0x8010001d;

/** A remote binding over fake hosts, one reader `Reader A` in the fake service, its order of events. */
async function withReader() {
  const launcher = fakeLauncher();
  const binding = createRemoteBinding(launcher.launch, { exitGraceMs: 5 });
  const log: string[] = [];
  const readers: BindingReader[] = [];
  const open = () =>
    binding.open({
      reader(reader) {
        readers.push(reader);
        return {
          status: () => {},
          error: (e) => log.push(`reader-error ${parseScardCode(e.message)?.toString(16)}`),
          end: () => log.push('end'),
        };
      },
      error: (e) => log.push(`context-error ${parseScardCode(e.message)?.toString(16)}`),
    });
  const context = open();
  await settle();
  const fake = launcher.binding.context.addReader('Reader A');
  await settle();
  return { launcher, binding, context, open, log, readers, fake };
}

describe('createRemoteBinding: the host process exits', () => {
  it('fails the context, then each reader, then every pending call, with SCARD_E_NO_SERVICE', async () => {
    const { launcher, log, readers, fake } = await withReader();
    const answer = deferred<Uint8Array>();
    fake.answer = () => answer.promise; // SCardTransmit under way when the host dies
    const transmit = readers[0]!.transmit(Uint8Array.of(0x80, 0xe4, 0x00, 0x00, 0x1c), 258, 'T0');
    void transmit.catch(() => log.push('call rejected'));
    await settle();

    launcher.host.crash(null);
    await settle();

    expect(log).toEqual(['context-error 8010001d', 'reader-error 8010001d', 'end', 'call rejected']);
    const error = await transmit.then(
      () => new Error('resolved'),
      (e: unknown) => e as Error,
    );
    expect(parseScardCode(error.message)).toBe(NO_SERVICE);
    expect(error.message).not.toMatch(/80 ?e4/i);
    const later = await readers[0]!.connect('shared', 'T0').then(
      () => new Error('resolved'),
      (e: unknown) => e as Error,
    );
    expect(parseScardCode(later.message)).toBe(NO_SERVICE);
  });

  it('launches a fresh host on the next open, which sees the readers again', async () => {
    const { launcher, open, readers } = await withReader();
    launcher.host.crash(null);

    open();
    await settle();
    launcher.binding.context.addReader('Reader A');
    await settle();

    expect(launcher.hosts).toHaveLength(2);
    expect(launcher.binding.contexts).toHaveLength(2);
    expect(await readers[1]!.connect('shared', 'T0')).toBe('T0');
  });

  it('on close: asks the host to close its context, reports no failure when it exits, kills a host that stays', async () => {
    const { launcher, context, log } = await withReader();
    context.close();
    await settle();
    expect(launcher.binding.context.closed).toBe(true);
    expect(launcher.host.closedByParent).toBe(true);
    expect(launcher.host.alive).toBe(false);
    expect(log).toEqual([]);

    const second = fakeLauncher();
    const stubborn = createRemoteBinding(() => Object.assign(second.launch(), { post() {} }), {
      exitGraceMs: 5,
    }).open({ reader: () => ({ status() {}, error() {}, end() {} }), error: () => log.push('error') });
    stubborn.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.host.killed).toBe(true);
    expect(log).toEqual([]);
  });
});

describe('createRemoteBinding: malformed messages', () => {
  it('drops them on either side with a diagnostic naming their type only, and goes on', async () => {
    const launcher = fakeLauncher();
    const diagnostics: string[] = [];
    const errors: string[] = [];
    const binding = createRemoteBinding(launcher.launch, { onDiagnostic: (d) => diagnostics.push(d.detail) });
    const readers: BindingReader[] = [];
    binding.open({
      reader: (r) => (readers.push(r), { status() {}, error() {}, end() {} }),
      error: (e) => errors.push(e.message),
    });
    await settle();
    for (const bad of [
      null,
      42,
      'reader',
      { type: 'status', reader: 0 },
      { type: 'reader', reader: -1, name: 'x' },
    ])
      launcher.host.inject(bad);
    launcher.host.inject({ type: 'result', id: 99, value: null }); // answers nothing asked
    launcher.host.inject({ type: 'nonsense', secret: Uint8Array.of(0x12, 0x34) });
    launcher.host.post({ type: 'call', id: 1, reader: 0, op: 'transmit', command: [1, 2], protocol: 'T0' });
    launcher.host.post({ op: 'open' });
    await settle();
    launcher.binding.context.addReader('Reader A');
    await settle();

    expect(diagnostics).toEqual([
      'null',
      'number',
      'string',
      'type "status"',
      'type "reader"',
      'type "result"',
      'type "nonsense"',
    ]);
    expect(launcher.host.diagnostics.map((d) => d.detail)).toEqual(['type "call"', 'object without a type']);
    expect(errors).toEqual([]);
    expect(await readers[0]!.connect('shared', 'T1')).toBe('T0');
  });
});
