/**
 * `npm run bench:register [N] [--service URL --origin O]`: the wall time of a whole registration
 * with `eid-wizard register` on a virtual card through pcscd + vpcd, per card generation (1.7
 * RSA-2048, 1.8 P-384): median, min and max of N runs (default 10) of
 *
 *   - the flow from `start()` to `done`, CLI in this process, answers piped in beforehand (all
 *     machine time: card, PC/SC, crypto, HTTP, the service's verification and storage), as
 *     shipped (200 ms pause after connecting, for physical readers) and without that pause;
 *   - where that time goes, step by step (median);
 *   - the whole command as a person starts it (a new Node process: start-up, i18n, trust
 *     anchors, the flow, exit).
 *
 * The service is `npm run service` in its own process on a free port (real clock, SQLite), or
 * the one at `--service`, which must trust the test roots (EIDW_TEST_ROOTS, `npm run test-roots`)
 * and allow N × 6 code attempts a minute (EIDW_CODE_ATTEMPTS_PER_MINUTE). Needs pcscd with
 * vsmartcard-vpcd (scripts/setup.sh); uses vpcd reader 0 and leaves it empty.
 */
import { parseArgs } from 'node:util';
import { createServiceClient } from '../electron/app/service/service-client.ts';
import { insertCard, startService, VPCD_READERS } from '../tests/integration/native/pcsc/helpers.ts';
import { startCli } from '../tests/integration/electron/app/cli/cli-process.ts';
import { DEFAULT_SEED } from '../tests/virtual-card/index.ts';
import { writeTestRootsFile } from '../tests/virtual-card/test-roots-file.ts';
import { startLocalService } from './register/local-service.ts';
import { PHASES, timedRegistration, type RunSettings } from './register/timed-run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { service: { type: 'string' }, origin: { type: 'string' } },
});
const RUNS = Number(positionals[0] ?? 10);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(
    'usage: npm run bench:register -- [runs per row, default 10] [--service URL --origin ORIGIN]',
  );
  process.exit(2);
}
const PIN = '1234';
const testRoots = writeTestRootsFile(DEFAULT_SEED);
const local = values.service === undefined ? await startLocalService(testRoots) : undefined;
const serviceUrl = values.service ?? local!.baseUrl;
const phone = createServiceClient({ baseUrl: serviceUrl });
// Without pcscd this throws: stop the service started above first, or it outlives the bench.
const pcsc = await startService().catch(async (error: unknown) => {
  await local?.close();
  throw error;
});

/** `median  min  max` of `samples`, ms. */
function stats(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const ms = (x: number): string => x.toFixed(0).padStart(6);
  return `${ms(median)} ${ms(sorted[0]!)} ${ms(sorted[sorted.length - 1]!)}`;
}
const row = (label: string, samples: readonly number[]): void =>
  console.log(`  ${label.padEnd(52)} ${stats(samples)}`);

console.log(
  `eid-wizard register, virtual card in vpcd reader 0 through pcscd, service ${local ? `npm run service on ${serviceUrl}` : serviceUrl}`,
);
console.log(`Node ${process.version}; ${RUNS} runs per row (+1 untimed warm-up); ms\n`);
try {
  for (const id of ['citizen-1.7', 'citizen-1.8']) {
    const inserted = await insertCard(pcsc, id, 0, PIN);
    try {
      const settings: RunSettings = {
        serviceUrl,
        ...(values.origin === undefined ? {} : { origin: values.origin }),
        testRoots,
        reader: VPCD_READERS[0],
        pin: PIN,
      };
      await timedRegistration(phone, settings); // warm-up: JIT, TLS-free HTTP agent, SQLite pages
      const shipped = [];
      const noPause = [];
      for (let run = 0; run < RUNS; run++) shipped.push(await timedRegistration(phone, settings));
      for (let run = 0; run < RUNS; run++)
        noPause.push(await timedRegistration(phone, { ...settings, postConnectDelayMs: 0 }));
      const whole = [];
      for (let run = 0; run < RUNS; run++) whole.push(await wholeCommand(settings));
      console.log(`${id.padEnd(54)} median    min    max`);
      row(
        'start() → done, as shipped',
        shipped.map((r) => r.totalMs),
      );
      row(
        'start() → done, no post-connect pause',
        noPause.map((r) => r.totalMs),
      );
      for (const [name] of PHASES)
        row(
          `  ${name}`,
          shipped.map((r) => r.phases[name]!),
        );
      row('whole command, new process (npx eid-wizard register)', whole);
      console.log('');
    } finally {
      await inserted.remove();
    }
  }
} finally {
  await pcsc.close();
  await local?.close();
}

/** One run as a person starts it: a new Node process, from spawn to exit. */
async function wholeCommand(settings: RunSettings): Promise<number> {
  const { code } = await phone.startEnrolment();
  const args = ['register', '--service', settings.serviceUrl, '--test-roots', settings.testRoots];
  if (settings.origin !== undefined) args.push('--origin', settings.origin);
  args.push('--code', code, '--email', 'bench@example.be', '--phone', '', '--yes', '--lang', 'en');
  const cli = startCli(args);
  cli.type(`${settings.pin}\n${settings.pin}\n`);
  const { code: exit, ms } = await cli.exited;
  if (exit !== 0) throw new Error(`eid-wizard register exited ${exit}:\n${cli.stdout()}${cli.stderr()}`);
  return ms;
}
