/**
 * The registration flow's steps (architecture.md "The flow lives in main"; registration-flow.md
 * "Steps"): one view per step in the renderer, one state of the machine in
 * `electron/app/flow/`. `error` and `cardRemoved` can follow any step.
 */
export const FLOW_STEPS = [
  'welcome',
  'waitingForReader',
  'waitingForCard',
  'readingCard',
  'authenticatePin',
  'authenticating',
  'enterCodeAndContact',
  'bindingCode',
  'confirmData',
  'signPin',
  'signing',
  'submitting',
  'done',
  'error',
  'cardRemoved',
] as const;

export type FlowStep = (typeof FLOW_STEPS)[number];

/**
 * Steps that wait for the person with personal data in memory: the idle timeout runs there
 * (also on an error screen whose retry carries on), and the renderer reports the person's
 * typing as activity (`stillHere`).
 */
export const WAITING_FOR_PERSON: ReadonlySet<FlowStep> = new Set([
  'authenticatePin',
  'enterCodeAndContact',
  'confirmData',
  'signPin',
]);

/**
 * The steps shown in the step indicator, in order, and the one each flow step belongs to
 * (checks → authentication → details → confirm and sign → done).
 */
export const PROGRESS_STAGES = ['checks', 'authenticate', 'details', 'sign', 'done'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export const STAGE_OF_STEP: Readonly<Record<FlowStep, ProgressStage | undefined>> = {
  welcome: 'checks',
  waitingForReader: 'checks',
  waitingForCard: 'checks',
  readingCard: 'checks',
  authenticatePin: 'authenticate',
  authenticating: 'authenticate',
  enterCodeAndContact: 'details',
  bindingCode: 'details',
  confirmData: 'sign',
  signPin: 'sign',
  signing: 'sign',
  submitting: 'sign',
  done: 'done',
  error: undefined,
  cardRemoved: undefined,
};
