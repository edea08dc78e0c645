import { PassThrough, Writable } from 'node:stream';
import type { FlowSnapshot } from '../../common/flow/snapshot.ts';
import type { FlowStep } from '../../common/flow/steps.ts';
import { main } from '../../electron/app/cli/main.ts';
import type { ServiceClient } from '../../electron/app/service/service-client.ts';

/** Where the time of one registration went: ms from `start()` to the first snapshot of each step. */
export interface TimedRun {
  /** `start()` to `done`. */
  readonly totalMs: number;
  /** Phase name → ms. */
  readonly phases: Readonly<Record<string, number>>;
}

/** Phases of a registration, each from one step to the next one named. */
export const PHASES: readonly (readonly [name: string, from: FlowStep, to: FlowStep])[] = [
  ['find reader and card', 'waitingForReader', 'readingCard'],
  ['read card (incl. 200 ms post-connect pause)', 'readingCard', 'authenticatePin'],
  ['authenticate (PIN, token, service)', 'authenticating', 'enterCodeAndContact'],
  ['bind code', 'bindingCode', 'confirmData'],
  ['confirm (PIN tries from the card)', 'confirmData', 'signPin'],
  ['sign (PIN, CAdES)', 'signing', 'submitting'],
  ['submit (service verifies, stores)', 'submitting', 'done'],
];

/** Arguments of one run besides the code. */
export interface RunSettings {
  readonly serviceUrl: string;
  readonly origin?: string;
  readonly testRoots: string;
  readonly reader: string;
  readonly pin: string;
  /** PC/SC's pause after connecting (default 200 ms, for real readers; vpcd needs none). */
  readonly postConnectDelayMs?: number;
}

/**
 * One `eid-wizard register` in this process (`main()` with injected streams), the answers
 * piped in before it starts: so every millisecond from `start()` to `done` is the machine's
 * (card, PC/SC, crypto, service), none is a person's. Throws unless it exits 0.
 */
export async function timedRegistration(phone: ServiceClient, settings: RunSettings): Promise<TimedRun> {
  const { code } = await phone.startEnrolment();
  const input = new PassThrough();
  input.end(`${settings.pin}\n${settings.pin}\n`);
  let transcript = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      transcript += chunk.toString('utf8');
      done();
    },
  });
  const seen = new Map<FlowStep, number>();
  const onSnapshot = (snapshot: FlowSnapshot): void => {
    if (!seen.has(snapshot.step)) seen.set(snapshot.step, performance.now());
  };
  const args = ['register', '--service', settings.serviceUrl, '--test-roots', settings.testRoots];
  if (settings.origin !== undefined) args.push('--origin', settings.origin);
  args.push(
    '--reader',
    settings.reader,
    '--code',
    code,
    '--email',
    'bench@example.be',
    '--phone',
    '',
    '--yes',
  );
  args.push('--lang', 'en');
  const exit = await main(
    args,
    { input, output },
    {
      onSnapshot,
      signals: false,
      pcsc: { postConnectDelayMs: settings.postConnectDelayMs ?? 200 },
    },
  );
  if (exit !== 0) throw new Error(`eid-wizard register exited ${exit}:\n${transcript}`);
  const at = (step: FlowStep): number => seen.get(step) ?? Number.NaN;
  return {
    totalMs: at('done') - at('waitingForReader'),
    phases: Object.fromEntries(PHASES.map(([name, from, to]) => [name, at(to) - at(from)])),
  };
}
