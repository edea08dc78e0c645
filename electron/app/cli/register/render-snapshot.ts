import type { FlowSnapshot, ReaderView, SnapshotOf } from '../../../../common/flow/snapshot.ts';
import { PROGRESS_STAGES, STAGE_OF_STEP } from '../../../../common/flow/steps.ts';
import { ERROR_TEXT } from './error-text.ts';
import { renderConfirmation } from './render-confirmation.ts';
import { codeValidity, idleWarning, type RenderContext } from './render-context.ts';

/**
 * The terminal view of the registration flow: one snapshot → the lines that say where the
 * person is and what to do (registration-flow.md, one "screen" per step). Pure: no input, no
 * output, no clock but `context.now`. The questions themselves are the prompt layer's
 * (run-registration.ts); a `previous` snapshot in another stage adds the step indicator line,
 * and an idle warning its line at the end.
 */
export function renderSnapshot(
  context: RenderContext,
  snapshot: FlowSnapshot,
  previous?: FlowSnapshot,
): string[] {
  const until = snapshot.idleWarningUntil;
  return [
    ...stageHeader(context, snapshot, previous),
    ...renderStep(context, snapshot),
    ...(until === undefined ? [] : [idleWarning(context, until)]),
  ];
}

/** "Step 2 of 5: Sign in with your eID card", when the stage changes. */
function stageHeader(
  context: RenderContext,
  snapshot: FlowSnapshot,
  previous: FlowSnapshot | undefined,
): string[] {
  const stage = STAGE_OF_STEP[snapshot.step];
  if (stage === undefined || snapshot.step === 'welcome') return [];
  if (previous !== undefined && previous.step !== 'welcome' && STAGE_OF_STEP[previous.step] === stage)
    return [];
  return [
    '',
    context.t('register.stage.header', {
      number: PROGRESS_STAGES.indexOf(stage) + 1,
      total: PROGRESS_STAGES.length,
      name: context.t(`register.stage.${stage}`),
    }),
  ];
}

function renderStep(context: RenderContext, snapshot: FlowSnapshot): string[] {
  const { t } = context;
  switch (snapshot.step) {
    case 'welcome':
      return [
        t('register.title'),
        ...(context.service === undefined ? [] : [t('register.intro.service', { url: context.service })]),
        t('register.intro.heading'),
        ...['phone', 'card', 'reader'].map((key) => `  - ${t(`register.intro.${key}`)}`),
      ];
    case 'waitingForReader':
      if (!snapshot.pcscAvailable)
        return [t('register.reader.pcscUnavailable'), t('register.reader.pcscAdvice')];
      return context.reader === undefined
        ? [t('register.reader.none'), t('register.reader.noneAdvice')]
        : [t('register.reader.named', { reader: context.reader }), t('register.reader.noneAdvice')];
    case 'waitingForCard':
      return waitingForCard(context, snapshot.readers);
    case 'readingCard':
      return [t('register.card.reading', { reader: snapshot.reader })];
    case 'authenticatePin':
      return [
        ...(snapshot.wrongPin ? [t('register.pin.wrong')] : []),
        t('register.pin.explain'),
        ...pinTries(context, snapshot),
      ];
    case 'authenticating':
      return [t('register.progress.authenticating')];
    case 'enterCodeAndContact':
      return details(context, snapshot);
    case 'bindingCode':
      return [t('register.progress.bindingCode')];
    case 'confirmData':
      return [...renderConfirmation(context, snapshot), ...codeValidity(context, snapshot.codeExpiresAt)];
    case 'signPin':
      return [
        ...(snapshot.wrongPin ? [t('register.pin.wrong')] : []),
        t('register.sign.explain'),
        t('register.sign.differentPin'),
        ...pinTries(context, snapshot),
      ];
    case 'signing':
      return [t('register.progress.signing')];
    case 'submitting':
      return [
        snapshot.attempt > 1
          ? t('register.progress.submittingAgain', { attempt: snapshot.attempt })
          : t('register.progress.submitting'),
      ];
    case 'done':
      return [t('register.done.title'), t('register.done.phone'), t('register.done.close')];
    case 'error':
      return [
        '',
        t(ERROR_TEXT[snapshot.error.code].title),
        t(ERROR_TEXT[snapshot.error.code].advice),
        ...(snapshot.error.serviceCode === undefined
          ? []
          : [t('register.error.reference', { code: snapshot.error.serviceCode })]),
      ];
    case 'cardRemoved':
      return [t('register.card.removed'), t('register.card.removedAdvice')];
    default:
      return assertNever(snapshot);
  }
}

/** Tries left, said before the person types (registration-flow.md step 3); the last one is a warning. */
function pinTries(context: RenderContext, snapshot: SnapshotOf<'authenticatePin' | 'signPin'>): string[] {
  const { t } = context;
  const tries =
    snapshot.pinTriesLeft === 1
      ? [t('register.pin.lastTry')]
      : [t('register.pin.triesLeft', { tries: snapshot.pinTriesLeft })];
  return [...tries, ...(snapshot.pinpad ? [t('register.pin.pinpad')] : [])];
}

/** The readers and their cards, then the one thing to do about them. */
function waitingForCard(context: RenderContext, readers: readonly ReaderView[]): string[] {
  const { t } = context;
  const list = readers.map((r) => `  - ${t(`register.reader.card.${r.card}`, { reader: r.name })}`);
  const has = (card: ReaderView['card']): boolean => readers.some((r) => r.card === card);
  const advice =
    readers.filter((r) => r.card === 'eid').length > 1
      ? 'register.card.severalEid'
      : has('mute')
        ? 'register.card.muteAdvice'
        : has('other')
          ? 'register.card.otherAdvice'
          : 'register.card.insert';
  return [t('register.reader.list'), ...list, t(advice)];
}

/** What to type on the details step, and what was wrong with the last answer. */
function details(context: RenderContext, snapshot: SnapshotOf<'enterCodeAndContact'>): string[] {
  const { t } = context;
  const lines: string[] = [];
  if (snapshot.contactProblem === undefined && snapshot.codeProblem === undefined) {
    // The explanation once; after a refused answer, only what was wrong with it.
    if (snapshot.codeBound)
      lines.push(t('register.details.codeBound'), ...codeValidity(context, snapshot.codeExpiresAt));
    else lines.push(t('register.details.explain'));
  } else if (snapshot.contactProblem !== undefined) {
    // The contact data is checked first: a code problem shown next to it would be about an
    // earlier code, not the one just typed.
    lines.push(t(`register.details.problem.${snapshot.contactProblem}`));
  } else if (snapshot.codeProblem === 'malformed') {
    lines.push(t('register.details.problem.code-malformed'));
  } else if (snapshot.codeProblem === 'unknown') {
    lines.push(t('register.details.problem.code-unknown'));
    if (snapshot.codeTriesLeft !== undefined)
      lines.push(t('register.details.problem.codeTriesLeft', { tries: snapshot.codeTriesLeft }));
  }
  return lines;
}

function assertNever(value: never): never {
  throw new Error(`unhandled snapshot ${JSON.stringify(value)}`);
}
