import type { CallSignal } from './call-signal.ts';
import type { CommandArg, CommandName, CommandResult, Contract } from './contract.ts';

/** What a handler gets besides its argument. */
export interface HandlerContext {
  /** Aborted when the caller cancels (`reason`: `cancelled`) or the transport closes. */
  readonly signal: CallSignal;
}

/**
 * The handler of command `M`: a validated argument in, a result (checked against its schema
 * before it is sent) out. Expected failures are thrown as `ContractError`.
 */
export type CommandHandler<C extends Contract, M extends CommandName<C>> = (
  arg: CommandArg<C, M>,
  context: HandlerContext,
) => CommandResult<C, M> | Promise<CommandResult<C, M>>;

/** One handler per command of contract `C`; the compiler insists on every one. */
export type ContractHandlers<C extends Contract> = { readonly [M in CommandName<C>]: CommandHandler<C, M> };

/** A handler with the types erased, as the server calls it after validating the argument. */
export type AnyHandler = (arg: unknown, context: HandlerContext) => unknown;
