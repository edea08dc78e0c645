import { connectWizard, type WizardRemote } from '../../common/flow/wizard-remote.ts';
import { connectWebSocketTransport } from '../../renderer/ipc/websocket-transport.ts';
import { typedPin } from './flow-harness.ts';
import { snapshotWaiter, type SnapshotWaiter } from './snapshot-waiter.ts';
import type { WizardStack } from './wizard-stack.ts';

/** A view connected to a stack's host over the WebSocket, as the page connects. */
export interface StackView extends SnapshotWaiter {
  readonly remote: WizardRemote;
  close(): void;
}

/** Connects to `stack` as the renderer does: `ws://…/ipc/<token>`, then the wizard contract. */
export async function connectToStack(stack: WizardStack): Promise<StackView> {
  const token = new URL(stack.pageUrl).hash.replace(/^#ipc=/, '');
  const transport = await connectWebSocketTransport(`ws://${new URL(stack.pageUrl).host}/ipc/${token}`);
  const remote = await connectWizard(transport);
  return { ...snapshotWaiter(remote), remote, close: () => remote.close() };
}

/**
 * A whole registration through `view`, as a person does it in the wizard: start, card in,
 * PIN, the phone's code and an e-mail, confirm, PIN again. Resolves with the enrolment the
 * application was bound to (the phone then sees it awaiting confirmation).
 */
export async function registerThroughView(
  stack: WizardStack,
  view: StackView,
  cardId = 'citizen-1.8',
  timeoutMs = 15_000,
): Promise<{ enrolmentId: string; pollToken: string }> {
  const { remote } = view;
  const enrolment = await stack.phone.startEnrolment();
  await remote.start();
  await view.until('waitingForCard', timeoutMs);
  await stack.insert(cardId);
  await view.until('authenticatePin', timeoutMs);
  await remote.submitPin(typedPin('1234'));
  await view.until('enterCodeAndContact', timeoutMs);
  await remote.submitDetails({ code: enrolment.code.toLowerCase(), email: 'holder@example.be' });
  await view.until('confirmData', timeoutMs);
  await remote.confirm();
  await view.until('signPin', timeoutMs);
  await remote.submitPin(typedPin('1234'));
  await view.until('done', timeoutMs);
  return { enrolmentId: enrolment.enrolmentId, pollToken: enrolment.pollToken };
}
