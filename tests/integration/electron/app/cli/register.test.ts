import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PcscService } from '../../../../../native/pcsc/index.ts';
import {
  createServiceClient,
  type ServiceClient,
} from '../../../../../electron/app/service/service-client.ts';
import {
  SERVICE_ORIGIN,
  startRealService,
  type RealService,
} from '../../../../unit/electron/app/service/helpers/real-service.ts';
import { DEFAULT_SEED } from '../../../../virtual-card/index.ts';
import { writeTestRootsFile } from '../../../../virtual-card/test-roots-file.ts';
import { insertCard, startService, VPCD_READERS, type Inserted } from '../../../native/pcsc/helpers.ts';
import { startCli } from './cli-process.ts';

/**
 * `eid-wizard register` as a person runs it: a separate process, through the machine's pcscd and
 * a vpcd reader holding a virtual card served from this process, against the real registration
 * service on a loopback port (with the real clock: the CLI signs with the computer's time, and
 * the service checks the signing time against its own). The phone side is this test, through
 * the service client: it starts the enrolment, passes the code with --code, and checks at the
 * end that the enrolment waits for its confirmation. The PIN is typed on stdin (a pipe).
 */
const PIN = '905173';

let pcsc: PcscService;
let service: RealService;
let phone: ServiceClient;
let roots: string;
let inserted: Inserted | undefined;

beforeAll(async () => {
  pcsc = await startService();
  service = await startRealService({}, { clock: { now: () => new Date() } });
  phone = createServiceClient({ baseUrl: service.baseUrl });
  roots = writeTestRootsFile(DEFAULT_SEED);
});
afterEach(async () => {
  await inserted?.remove();
  inserted = undefined;
});
afterAll(async () => {
  await service?.close();
  await pcsc?.close();
});

/** `eid-wizard register` against the test service, with the code of a fresh enrolment. */
async function register(extra: readonly string[]) {
  const enrolment = await phone.startEnrolment();
  const cli = startCli([
    'register',
    '--service',
    service.baseUrl,
    '--origin',
    SERVICE_ORIGIN,
    '--test-roots',
    roots,
    '--code',
    enrolment.code,
    '--email',
    'jan@example.be',
    '--phone',
    '0470 12 34 56',
    ...extra,
  ]);
  return { cli, enrolment };
}

describe('eid-wizard register', () => {
  it.each([
    ['citizen-1.8', 0, 'nl', 'Uw aanvraag is verstuurd.'],
    ['citizen-1.7', 1, 'fr', 'Votre demande a été envoyée.'],
  ] as const)('registers a %s card in vpcd reader %i (%s), PIN on stdin', async (id, reader, lang, done) => {
    inserted = await insertCard(pcsc, id, reader, PIN);
    const { cli, enrolment } = await register(['--lang', lang, '--reader', VPCD_READERS[reader], '--yes']);
    cli.type(`${PIN}\n${PIN}\n`);
    const { code, ms } = await cli.exited;
    expect(code, cli.stdout() + cli.stderr()).toBe(0);
    console.log(`eid-wizard register, ${id}: ${ms.toFixed(0)} ms from process start to exit (PIN piped in)`);
    expect(cli.stdout()).toContain(done);
    expect(cli.stdout()).not.toContain(PIN);
    const status = await phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
    expect(status.status).toBe('awaiting-confirmation');
    expect(status.holderName).toBeTruthy();
  });

  it('asks the PIN again after a wrong one, with the tries left, and registers', async () => {
    inserted = await insertCard(pcsc, 'citizen-1.8', 0, PIN);
    const { cli, enrolment } = await register(['--lang', 'en', '--yes']);
    await cli.waitFor('You have 3 attempts left.\nPIN: ');
    cli.type('000000\n');
    await cli.waitFor('Wrong PIN.');
    await cli.waitFor('You have 2 attempts left.\nPIN: ');
    cli.type(`${PIN}\n${PIN}\n`);
    const { code } = await cli.exited;
    expect(code, cli.stdout() + cli.stderr()).toBe(0);
    expect(inserted.card.pinState.triesLeft).toBe(3); // a right PIN resets the counter
    expect((await phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken)).status).toBe(
      'awaiting-confirmation',
    );
  });

  it('on a terminal, masks the PIN: one * per digit, the digits never echoed', async () => {
    inserted = await insertCard(pcsc, 'citizen-1.8', 0, PIN);
    const enrolment = await phone.startEnrolment();
    const cli = startCli(
      [
        'register',
        ...['--service', service.baseUrl, '--origin', SERVICE_ORIGIN, '--test-roots', roots],
        ...['--code', enrolment.code, '--email', 'jan@example.be', '--phone', '', '--yes', '--lang', 'en'],
      ],
      { tty: true },
    );
    for (let pin = 0; pin < 2; pin++) {
      await cli.waitFor(pin === 0 ? 'PIN: ' : 'You have 3 attempts left.\r\nPIN: ');
      for (const digit of PIN) cli.type(digit);
      cli.type('\r');
    }
    const { code } = await cli.exited;
    expect(code, cli.stdout()).toBe(0);
    expect(cli.stdout().match(/PIN: \*{6}\r\n/g)).toHaveLength(2);
    expect(cli.stdout()).not.toContain(PIN);
  });

  it('cancels on Ctrl-C, says so and exits 130; nothing reaches the service', async () => {
    inserted = await insertCard(pcsc, 'citizen-1.8', 0, PIN);
    const { cli, enrolment } = await register(['--lang', 'de']);
    await cli.waitFor('PIN: ');
    cli.kill('SIGINT');
    const { code } = await cli.exited;
    expect(code).toBe(130);
    expect(cli.stdout()).toContain('Registrierung abgebrochen.');
    expect((await phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken)).status).toBe('pending');
  });

  it('explains a blocked PIN with what to do, and exits 1', async () => {
    inserted = await insertCard(pcsc, 'pin-blocked-1.8', 0, PIN);
    const { cli } = await register(['--lang', 'en']);
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stdout()).toContain('Your PIN is blocked.');
    expect(cli.stdout()).toContain('PUK code');
  });

  it('refuses a wrong option value with the usage and exit code 2', async () => {
    const cli = startCli(['register', '--lang', 'es']);
    const { code } = await cli.exited;
    expect(code).toBe(2);
    expect(cli.stderr()).toContain('--lang');
  });
});
