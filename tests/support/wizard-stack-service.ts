import type { ServiceSettings } from '../../server/config/settings.ts';
import type { Clock } from '../../server/platform/clock.ts';
import {
  SERVICE_ORIGIN,
  startRealService,
  type RealService,
} from '../unit/electron/app/service/helpers/real-service.ts';

/** One clock for the flow and an in-process service, moved by the test. */
export interface StackClock extends Clock {
  /** Moves the clock forward (a code or session expiring without waiting). */
  advance(milliseconds: number): void;
}

/**
 * The computer's time plus whatever was advanced, or, with `frozenAt`, that instant plus
 * whatever was advanced (time then stands still between advances).
 */
export function stackClock(frozenAt?: Date): StackClock {
  let offsetMs = 0;
  return {
    now: () => new Date((frozenAt?.getTime() ?? Date.now()) + offsetMs),
    advance: (ms) => void (offsetMs += ms),
  };
}

/** The registration service the stack talks to. */
export interface StackService {
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** The origin the flow signs its authentication for. */
  readonly origin: string | undefined;
  /** The in-process service (its storage), when the stack started it. */
  readonly real: RealService | undefined;
  close(): Promise<void>;
}

/** Where the stack's service is: started in process, or one already running. */
export type StackServiceChoice = 'in-process' | { readonly baseUrl: string; readonly origin?: string };

/**
 * The service of a wizard stack. In process: the real service (buildApp, SQLite in a temporary
 * folder, the verifier trusting the virtual cards' roots) over real HTTP on 127.0.0.1 (so the
 * simulator page works in a browser), on `clock`, with a per-address code rate limit high
 * enough for many registrations from one address; the origin is `SERVICE_ORIGIN`. Otherwise
 * the given one, which must trust the test roots; its origin is the flow's default (the
 * service URL's) unless given.
 */
export async function startStackService(
  choice: StackServiceChoice,
  clock: Clock,
  port: number | undefined,
  settings: Partial<ServiceSettings> = {},
): Promise<StackService> {
  if (choice !== 'in-process') {
    return { baseUrl: choice.baseUrl, origin: choice.origin, real: undefined, close: async () => {} };
  }
  const real = await startRealService(
    { codeAttemptsPerMinute: 1_000, logLevel: 'silent', ...settings },
    { clock, ...(port === undefined ? {} : { port }) },
  );
  return { baseUrl: real.baseUrl, origin: SERVICE_ORIGIN, real, close: () => real.close() };
}
