import type { FlowData } from './flow-data.ts';
import type { StepState } from './flow-store.ts';
import { holderView } from './holder-view.ts';
import { PIN_TRIES } from './pin.ts';

/**
 * The details screen from what the flow holds: the contact data typed earlier (after "back",
 * or after authenticating again), and the bound code's expiry while one is bound.
 */
export function detailsState(data: FlowData): StepState {
  return {
    step: 'enterCodeAndContact',
    codeBound: data.enrolmentId !== undefined,
    ...(data.contact === undefined ? {} : { contact: data.contact }),
    ...(data.codeExpiresAt === undefined ? {} : { codeExpiresAt: data.codeExpiresAt }),
  };
}

/** The confirmation screen: what will be signed (the card was read and the code bound). */
export function confirmState(data: FlowData): StepState {
  return {
    step: 'confirmData',
    holder: holderView(data.card!.identity, data.card!.files.photo),
    contact: data.contact!,
    codeExpiresAt: data.codeExpiresAt!,
  };
}

/** A PIN screen, with the tries the card has left (shown before the person types). */
export function pinState(
  step: 'authenticatePin' | 'signPin',
  data: FlowData,
  pinpad: boolean,
  wrongPin: boolean,
): StepState {
  const entry = { pinTriesLeft: data.pinTriesLeft ?? PIN_TRIES, pinpad, wrongPin };
  return step === 'authenticatePin'
    ? { step, ...entry }
    : { step, ...entry, codeExpiresAt: data.codeExpiresAt! };
}
