import { expect } from 'vitest';
import type { FlowSnapshot } from '../../../../../../common/flow/snapshot.ts';
import { isContractError } from '../../../../../../common/ipc/index.ts';
import { typedPin, type FlowHarness } from '../../../../../support/flow-harness.ts';

/** The contact data every test types (the phone in a Belgian national form). */
export const CONTACT = { email: 'jan@example.be', phone: '0470 12 34 56' } as const;

/** The 1.7 (RSA) and 1.8 (ECDSA P-384) citizen cards. */
export const CITIZEN_CARDS = ['citizen-1.7', 'citizen-1.8'] as const;

/** From `welcome` to the first PIN screen with `cardId` in the reader. */
export async function toAuthenticatePin(h: FlowHarness, cardId: string): Promise<FlowSnapshot> {
  await h.flow.start();
  h.insert(cardId);
  return h.until('authenticatePin');
}

/** Types `pin` on the current PIN screen. */
export function typePin(h: FlowHarness, pin = '1234'): Promise<void> {
  return h.flow.submitPin(typedPin(pin));
}

/** From the first PIN screen (the card read) to the details screen. */
export async function toDetails(h: FlowHarness, cardId: string): Promise<FlowSnapshot> {
  await toAuthenticatePin(h, cardId);
  await typePin(h);
  return h.until('enterCodeAndContact');
}

/** On the details screen: a fresh code from the phone and {@link CONTACT}, up to the confirmation. */
export async function detailsToConfirm(h: FlowHarness): Promise<FlowSnapshot> {
  await h.flow.submitDetails({ code: await h.phoneCode(), ...CONTACT });
  return h.until('confirmData');
}

/** From `welcome` to the signing PIN screen. */
export async function toSignPin(h: FlowHarness, cardId: string): Promise<FlowSnapshot> {
  await toDetails(h, cardId);
  await detailsToConfirm(h);
  await h.flow.confirm();
  return h.until('signPin');
}

/** From `welcome` to `done`. */
export async function register(h: FlowHarness, cardId: string): Promise<void> {
  await toSignPin(h, cardId);
  await typePin(h);
  await h.until('done');
}

/** From the first PIN screen (after the card was read again) to `done`. */
export async function finishFromAuthenticatePin(h: FlowHarness): Promise<void> {
  await h.until('authenticatePin');
  await typePin(h);
  await h.until('enterCodeAndContact');
  await detailsToConfirm(h);
  await h.flow.confirm();
  await h.until('signPin');
  await typePin(h);
  await h.until('done');
}

/** Asserts that `call` is refused with the contract error `code`. */
export async function expectRefused(call: () => unknown, code: string): Promise<void> {
  let refused: unknown;
  try {
    await call();
  } catch (error) {
    refused = error;
  }
  expect(isContractError(refused), `expected ${code}, got ${String(refused)}`).toBe(true);
  if (isContractError(refused)) expect(refused.data.code).toBe(code);
}

/** Whether every byte of every buffer is zero. */
export function allZero(...buffers: readonly (Uint8Array | undefined)[]): boolean {
  return buffers.every((b) => b === undefined || b.every((byte) => byte === 0));
}

/** Asserts that the card files and signed applications the flow held are zero-filled. */
export function expectWiped(h: FlowHarness): void {
  for (const card of h.owned.cards) expect(allZero(...Object.values(card.files))).toBe(true);
  for (const signed of h.owned.signed) expect(allZero(signed.content, signed.signature)).toBe(true);
}

/** Resolves after pending I/O callbacks and timers of `ms` ran (lets abandoned work settle). */
export function settle(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
