import type { Static, TObject, TSchema } from 'typebox';
import { NAME_PATTERN } from './envelope.ts';

/**
 * One command of a contract: it takes ONE object argument and returns one result, each with
 * a runtime schema. The types callers and handlers see are derived from the schemas
 * (`Static<>`), so the schema is the single source of truth (style rule 10).
 */
export interface CommandDefinition<Arg extends TObject = TObject, Result extends TSchema = TSchema> {
  /** The argument's schema; always an object, so commands can grow fields compatibly. */
  readonly arg: Arg;
  /** The result's schema. */
  readonly result: Result;
}

/** Commands by name. */
export type CommandDefinitions = Readonly<Record<string, CommandDefinition>>;

/** Event payload schemas by event name (state snapshots, progress). */
export type EventDefinitions = Readonly<Record<string, TSchema>>;

/**
 * The one typed contract between renderer and main (architecture: "One contract, two
 * transports"). Served by `serveContract`, called through `createContractClient`.
 */
export interface Contract<
  Commands extends CommandDefinitions = CommandDefinitions,
  Events extends EventDefinitions = EventDefinitions,
> {
  readonly commands: Commands;
  readonly events: Events;
}

/** Declares a command; a shorthand for `{ arg, result }` that keeps both schema types. */
export function command<Arg extends TObject, Result extends TSchema>(
  arg: Arg,
  result: Result,
): CommandDefinition<Arg, Result> {
  return { arg, result };
}

/**
 * Declares a contract. Names must be identifiers (`submitPin`, `state`): they travel in
 * envelopes, whose schema accepts nothing else. Throws on a bad name, at start-up.
 */
export function defineContract<Commands extends CommandDefinitions, Events extends EventDefinitions>(
  definition: Contract<Commands, Events>,
): Contract<Commands, Events> {
  const pattern = new RegExp(NAME_PATTERN);
  for (const name of [...Object.keys(definition.commands), ...Object.keys(definition.events)]) {
    if (!pattern.test(name))
      throw new TypeError(`contract name ${JSON.stringify(name)} is not an identifier`);
  }
  return Object.freeze({
    commands: Object.freeze({ ...definition.commands }),
    events: Object.freeze({ ...definition.events }),
  });
}

/** The command names of contract `C`. */
export type CommandName<C extends Contract> = keyof C['commands'] & string;

/** The argument type of command `M` of contract `C`. */
export type CommandArg<C extends Contract, M extends CommandName<C>> = Static<C['commands'][M]['arg']>;

/** The result type of command `M` of contract `C`. */
export type CommandResult<C extends Contract, M extends CommandName<C>> = Static<C['commands'][M]['result']>;

/** The event names of contract `C`. */
export type EventName<C extends Contract> = keyof C['events'] & string;

/** The payload type of event `N` of contract `C`. */
export type EventPayload<C extends Contract, N extends EventName<C>> = Static<C['events'][N]>;
