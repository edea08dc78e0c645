import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { commandProblemOf, type CommandProblem } from './command-errors.ts';
import { useRemote } from './remote-context.ts';

/** Runs the person's intents against main, one at a time. */
export interface Commands {
  /** Runs `intent`; while it runs `pending` is true (buttons disable, no double submit). */
  run(intent: (remote: WizardRemote) => Promise<void>): void;
  readonly pending: boolean;
  /** The last intent's refusal, cleared by the next intent; shown only on the step it failed on. */
  readonly problem: CommandProblem;
  /** The step the flow was in when {@link Commands.problem} happened. */
  readonly problemStep: string | undefined;
}

const CommandContext = createContext<Commands | undefined>(undefined);

/** Provides {@link Commands} to the views (the flow itself stays in main). */
export function CommandProvider({ children }: { readonly children: ReactNode }) {
  const remote = useRemote();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ problem: CommandProblem; step: string } | undefined>();
  const run = useCallback(
    (intent: (remote: WizardRemote) => Promise<void>) => {
      setPending(true);
      setFailure(undefined);
      intent(remote)
        .catch((error: unknown) =>
          setFailure({ problem: commandProblemOf(error), step: remote.snapshot.step }),
        )
        .finally(() => setPending(false));
    },
    [remote],
  );
  const value = useMemo(
    () => ({ run, pending, problem: failure?.problem, problemStep: failure?.step }),
    [run, pending, failure],
  );
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

/** The {@link Commands} of the connected app. */
export function useCommands(): Commands {
  const commands = useContext(CommandContext);
  if (commands === undefined) throw new Error('useCommands outside CommandProvider');
  return commands;
}
