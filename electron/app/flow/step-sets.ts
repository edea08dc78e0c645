import type { FlowStep } from '../../../common/flow/steps.ts';

/** Steps in which the card must stay in: removing it stops the registration. */
export const CARD_NEEDED: ReadonlySet<FlowStep> = new Set([
  'readingCard',
  'authenticatePin',
  'authenticating',
  'enterCodeAndContact',
  'bindingCode',
  'confirmData',
  'signPin',
  'signing',
]);

/** Steps that wait for the person (the idle timeout runs); shared with the renderer. */
export { WAITING_FOR_PERSON } from '../../../common/flow/steps.ts';

/** Steps that follow the readers by themselves. */
export const WATCHING_READERS: ReadonlySet<FlowStep> = new Set([
  'waitingForReader',
  'waitingForCard',
  'cardRemoved',
]);

/**
 * The retry targets that carry on with what the flow holds (the card's files, the service
 * session, the signed application): an error with one of them keeps the data, so the idle
 * timeout runs on its screen. Any other error wipes at once: its retry starts over, and an
 * error screen must not keep personal data in memory for as long as nobody touches it.
 */
export const RESUMABLE: ReadonlySet<FlowStep | undefined> = new Set([
  'authenticatePin',
  'enterCodeAndContact',
  'submitting',
]);
