import type { FlowSnapshot } from '../../common/flow/snapshot.ts';
import type { WizardContract } from '../../common/flow/wizard-contract.ts';
import type { ContractHandlers } from '../../common/ipc/index.ts';

/** The wizard's commands, every one but `getState`. */
const COMMANDS = [
  'start',
  'setLanguage',
  'chooseReader',
  'submitPin',
  'submitDetails',
  'confirm',
  'back',
  'retry',
  'cancel',
  'stillHere',
] as const;

/** Fails to compile when the contract has a command {@link COMMANDS} misses. */
type Missing = Exclude<keyof WizardContract['commands'], 'getState' | (typeof COMMANDS)[number]>;
const COMPLETE: [Missing] extends [never] ? true : Missing = true;
void COMPLETE;

/**
 * Handlers of the wizard contract for a stand-in main: `getState` answers `state()`, and every
 * other command goes to `onCommand` (which may throw a `ContractError` to refuse it) and is
 * answered `null`.
 */
export function recordingWizardHandlers(
  state: () => FlowSnapshot,
  onCommand: (method: string, arg: unknown) => void,
): ContractHandlers<WizardContract> {
  const handlers: Record<string, (arg: unknown) => unknown> = { getState: state };
  for (const method of COMMANDS) handlers[method] = (arg) => (onCommand(method, arg), null);
  return handlers as unknown as ContractHandlers<WizardContract>;
}
