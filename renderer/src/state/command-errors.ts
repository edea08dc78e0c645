import { errorDataOf } from '../../../common/ipc/contract-error.ts';

/** What the person is told when one of their actions was refused by main. */
export type CommandProblem = 'connection' | 'failed' | undefined;

/**
 * How a refused call is shown (docs/ipc.md "Errors are data"): `not-allowed-now` means the
 * flow moved on meanwhile (a double click, a card pulled), which the next snapshot shows, so
 * nothing is said; a closed transport is the connection-lost screen's business; anything
 * else is a short "that did not work, try again". Never the error's own text.
 */
export function commandProblemOf(error: unknown): CommandProblem {
  const code = errorDataOf(error)?.code;
  if (code === 'not-allowed-now' || code === 'cancelled') return undefined;
  if (code === 'transport-closed') return 'connection';
  return 'failed';
}
