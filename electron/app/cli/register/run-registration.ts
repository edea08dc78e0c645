import type { FlowSnapshot, SnapshotOf } from '../../../../common/flow/snapshot.ts';
import { ContractError } from '../../../../common/ipc/contract-error.ts';
import { DetailsAnswers, type DetailOptions, type FieldSource } from './details-answers.ts';
import type { Prompter } from './prompter.ts';
import type { RenderContext } from './render-context.ts';
import { SnapshotPrinter } from './snapshot-printer.ts';
import { SnapshotFeed, type FlowPort } from './snapshot-feed.ts';
import { InputEnded } from './terminal-input.ts';
import { parseYesNo } from './yes-no.ts';

/** How a run ended: registered, stopped (error, refusal, end of input), or Ctrl-C. */
export type RunOutcome = 'done' | 'failed' | 'interrupted';

/** What {@link runRegistration} works with. */
export interface RunRegistrationOptions {
  readonly flow: FlowPort;
  readonly prompter: Prompter;
  readonly context: RenderContext;
  /** `--code`, `--email`, `--phone`. */
  readonly details: DetailOptions;
  /** `--yes`: confirm the data without asking (only that question). */
  readonly yes: boolean;
  /** Aborted by Ctrl-C. */
  readonly interrupt: AbortSignal;
}

const isPinShape = (pin: Uint8Array): boolean =>
  pin.length >= 4 && pin.length <= 12 && pin.every((byte) => byte >= 0x30 && byte <= 0x39);

/**
 * Drives the registration flow from a terminal, the same flow the GUI drives: prints each
 * snapshot (render-snapshot.ts), answers the steps that wait for the person with questions
 * (prompter.ts) and waits on the others. A question is withdrawn when the flow moves on under
 * it (card pulled, idle timeout); the idle warning is printed, and any answer ends it. The PIN exists only as bytes that are zero-filled after
 * `submitPin`. The caller cancels the flow (wipe) on anything but `done`.
 */
export async function runRegistration(options: RunRegistrationOptions): Promise<RunOutcome> {
  const { flow, prompter, context, interrupt } = options;
  const { t } = context;
  const printer = new SnapshotPrinter(context, prompter);
  const feed = new SnapshotFeed(flow, (snapshot) => printer.print(snapshot));
  const answers = new DetailsAnswers(options.details);

  /** Runs a command; a command the flow no longer allows (it moved on meanwhile) is dropped. */
  async function command(run: () => Promise<void> | void): Promise<void> {
    const pending = Promise.resolve().then(run);
    pending.catch(() => undefined); // still settles after Ctrl-C: nobody waits any more
    try {
      await raceInterrupt(pending, interrupt);
    } catch (error) {
      if (error instanceof ContractError && error.data.code === 'not-allowed-now') return;
      throw error;
    }
  }

  /** The person answered: the idle timeout starts again and its warning ends (never fails the run). */
  function active(): void {
    Promise.resolve()
      .then(() => flow.stillHere())
      .catch(() => undefined);
  }

  async function ask(question: string, signal: AbortSignal): Promise<string> {
    const answer = await prompter.ask(question, signal);
    active();
    return answer;
  }

  async function yesNo(question: string, signal: AbortSignal): Promise<boolean> {
    for (;;) {
      const answer = parseYesNo(t, await ask(`${question} ${t('register.answer.hint')}`, signal));
      if (answer !== undefined) return answer;
      prompter.say([t('register.answer.invalid')]);
    }
  }

  async function pin(
    snapshot: SnapshotOf<'authenticatePin' | 'signPin'>,
    signal: AbortSignal,
  ): Promise<void> {
    if (snapshot.pinpad) return command(() => flow.submitPin(undefined));
    let typed: Uint8Array;
    for (;;) {
      typed = await prompter.secret(t('register.prompt.pin'), signal);
      active();
      if (isPinShape(typed)) break;
      typed.fill(0);
      prompter.say([t('register.pin.shape')]);
    }
    try {
      await command(() => flow.submitPin(typed));
    } finally {
      typed.fill(0);
    }
  }

  async function field(source: FieldSource, key: string, signal: AbortSignal): Promise<string> {
    const label = t(`register.prompt.${key}`);
    if (source.from === 'kept') return source.value;
    if (source.from === 'option') {
      prompter.say([`${label} ${source.value}`]);
      return source.value;
    }
    const question = source.previous === undefined ? label : `${label} [${source.previous}]`;
    const answer = await ask(question, signal);
    return answer === '' && source.previous !== undefined ? source.previous : answer;
  }

  async function details(snapshot: SnapshotOf<'enterCodeAndContact'>, signal: AbortSignal): Promise<void> {
    const plan = answers.plan(snapshot);
    const code = await field(plan.code, 'code', signal);
    const email = await field(plan.email, 'email', signal);
    const phone = await field(plan.phone, 'phone', signal);
    answers.sent({ code, email, phone });
    await command(() => flow.submitDetails({ code, email, ...(phone === '' ? {} : { phone }) }));
  }

  async function confirmation(signal: AbortSignal): Promise<RunOutcome | undefined> {
    const question = t('register.confirm.question');
    if (options.yes) prompter.say([`${question} ${t('register.confirm.yesOption')}`]);
    if (options.yes || (await yesNo(question, signal))) return void (await command(() => flow.confirm()));
    if (await yesNo(t('register.confirm.change'), signal)) return void (await command(() => flow.back()));
    prompter.say([t('register.confirm.notConfirmed')]);
    return 'failed';
  }

  async function chooseReader(snapshot: SnapshotOf<'waitingForCard'>, signal: AbortSignal): Promise<void> {
    const eids = snapshot.readers.filter((r) => r.card === 'eid');
    printer.flush();
    prompter.say(eids.map((r, i) => `  ${i + 1}. ${r.name}`));
    const answer = Number(await ask(t('register.prompt.reader', { last: eids.length }), signal));
    const chosen = Number.isInteger(answer) ? eids[answer - 1] : undefined;
    if (chosen === undefined) return prompter.say([t('register.reader.invalidChoice')]);
    await command(() => flow.chooseReader(chosen.name));
  }

  /** Handles one state; resolves with the outcome when the run is over. */
  async function handle(snapshot: FlowSnapshot, signal: AbortSignal): Promise<RunOutcome | undefined> {
    switch (snapshot.step) {
      case 'authenticatePin':
      case 'signPin':
        return void (await pin(snapshot, signal));
      case 'enterCodeAndContact':
        return void (await details(snapshot, signal));
      case 'confirmData':
        return confirmation(signal);
      case 'waitingForCard':
        if (context.reader === undefined && snapshot.chosenReader === undefined)
          if (snapshot.readers.filter((r) => r.card === 'eid').length > 1)
            return void (await chooseReader(snapshot, signal));
        break;
      case 'error':
        if (snapshot.error.retryTo === undefined) return 'failed';
        if (!(await yesNo(t('register.error.retryQuestion'), signal))) return 'failed';
        return void (await command(() => flow.retry()));
      case 'done':
        return 'done';
      case 'welcome':
        return 'failed'; // cancelled from elsewhere
      default:
        break; // the flow is working, or waiting for the reader or card: wait for it
    }
    await feed.next(snapshot.seq, interrupt);
    return undefined;
  }

  try {
    printer.print(flow.snapshot);
    await command(() => flow.start());
    for (;;) {
      const snapshot = flow.snapshot;
      const current = feed.whileCurrent(snapshot);
      try {
        const outcome = await handle(snapshot, AbortSignal.any([interrupt, current.signal]));
        if (outcome !== undefined) return outcome;
      } catch (error) {
        if (interrupt.aborted) return 'interrupted';
        if (error instanceof InputEnded) {
          prompter.say([t('register.inputEnded')]);
          return 'failed';
        }
        if (!current.signal.aborted) throw error; // else: the flow moved on; handle its new state
      } finally {
        current.dispose();
      }
    }
  } catch (error) {
    if (interrupt.aborted) return 'interrupted';
    throw error;
  } finally {
    feed.close();
    printer.close();
  }
}

/** `pending`, or a rejection as soon as `signal` aborts. */
function raceInterrupt<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
