import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { TFunction } from 'i18next';
import type { FlowSnapshot } from '../../../../common/flow/snapshot.ts';
import type { Language } from '../../../../common/i18n/languages.ts';
import { PcscService, type PcscServiceOptions } from '../../../../native/pcsc/index.ts';
import { RegistrationFlow } from '../../flow/registration-flow.ts';
import { findDirectory } from '../../resources/find-directory.ts';
import { createServiceClient, type ServiceClient } from '../../service/service-client.ts';
import { loadTrustAnchors } from '../../trust/load-trust-anchors.ts';
import { Prompter } from './prompter.ts';
import type { RegisterOptions } from './register-options.ts';
import { runRegistration, type RunOutcome } from './run-registration.ts';
import { TerminalInput, type TerminalReadable } from './terminal-input.ts';

/** The terminal: `process.stdin`/`stdout`, or fake streams in tests and the benchmark. */
export interface RegisterIo {
  readonly input: TerminalReadable;
  readonly output: Writable;
}

/** What tests and the benchmark may change; the command itself uses the defaults. */
export interface RegisterHooks {
  /** Sees every snapshot (the benchmark times the steps). */
  readonly onSnapshot?: (snapshot: FlowSnapshot) => void;
  readonly pcsc?: PcscServiceOptions;
  /** The flow's clock (a test service with a fixed clock); default the computer's. */
  readonly now?: () => Date;
  readonly timeZone?: string;
  /** Listen to SIGINT/SIGTERM (default true); in-process tests interrupt with Ctrl-C on the input. */
  readonly signals?: boolean;
}

/** Exit codes (main.ts): 0 registered, 1 not, 2 usage, 128 + signal number on Ctrl-C / SIGTERM. */
const EXIT: Readonly<Record<Exclude<RunOutcome, 'interrupted'>, number>> = { done: 0, failed: 1 };
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * `eid-wizard register`: wires the registration flow as the app does (PC/SC, the service client,
 * the trust anchors) and runs it in the terminal (run-registration.ts). Whatever the outcome, the
 * flow is cancelled and disposed, which wipes what it read and resets the card, before the
 * command returns; Ctrl-C does the same and exits 130.
 */
export async function registerCommand(
  options: RegisterOptions,
  language: Language,
  t: TFunction,
  io: RegisterIo,
  hooks: RegisterHooks = {},
): Promise<number> {
  const say = (line: string): void => void io.output.write(`${line}\n`);
  let trustAnchors: Uint8Array[];
  try {
    trustAnchors = (await loadTrustAnchors(options.testRoots)).accepted.map((anchor) => anchor.der);
  } catch {
    say(t('register.problem.testRoots', { files: options.testRoots.join(', ') }));
    return 2;
  }
  let service: ServiceClient;
  try {
    service = createServiceClient({ baseUrl: options.serviceUrl });
  } catch {
    say(t('register.problem.serviceUrl', { url: options.serviceUrl }));
    return 2;
  }

  const pcsc = PcscService.start(hooks.pcsc);
  const flow = new RegistrationFlow({
    pcsc,
    ...(options.reader === undefined ? {} : { reader: options.reader }),
    service,
    trustAnchors,
    ...(options.origin === undefined ? {} : { origin: options.origin }),
    appVersion: appVersion(),
    language,
    ...(hooks.now === undefined ? {} : { now: hooks.now }),
  });
  if (hooks.onSnapshot) flow.onSnapshot(hooks.onSnapshot);
  const interrupt = new AbortController();
  let signalled: keyof typeof SIGNAL_EXIT = 'SIGINT';
  const onSignal = (signal: keyof typeof SIGNAL_EXIT): void => {
    if (interrupt.signal.aborted) process.exit(SIGNAL_EXIT[signal]); // a second Ctrl-C: do not wait
    signalled = signal;
    interrupt.abort(new Error(signal));
  };
  if (hooks.signals ?? true) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  const input = new TerminalInput(io.input);
  const prompter = new Prompter(input, io.output, () => onSignal('SIGINT'));
  let outcome: RunOutcome = 'failed';
  try {
    outcome = await runRegistration({
      flow,
      prompter,
      context: {
        t,
        language,
        now: hooks.now ?? (() => new Date()),
        ...(hooks.timeZone === undefined ? {} : { timeZone: hooks.timeZone }),
        ...(options.reader === undefined ? {} : { reader: options.reader }),
        service: options.serviceUrl,
      },
      details: options,
      yes: options.yes,
      interrupt: interrupt.signal,
    });
  } catch (error) {
    // Not a flow error (those are snapshots): a bug. Say so with its class name only: its
    // message could hold data read from the card.
    prompter.say([
      t('register.error.internal.title'),
      t('register.error.internal.advice'),
      t('register.error.reference', { code: error instanceof Error ? error.name : typeof error }),
    ]);
  } finally {
    if (outcome !== 'done') await flow.cancel().catch(() => undefined);
    await flow.dispose().catch(() => undefined);
    await pcsc.close().catch(() => undefined);
    input.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (outcome !== 'interrupted') return EXIT[outcome];
  prompter.say([t('register.cancelled')]);
  return SIGNAL_EXIT[signalled];
}

/** Sent in the authentication token (`appVersion`): which program and version signed in. */
function appVersion(): string {
  try {
    const root = dirname(findDirectory('locales', 'en'));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    return `eid-wizard/${version} (terminal)`;
  } catch {
    return 'eid-wizard (terminal)';
  }
}
