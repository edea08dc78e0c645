import { Value } from 'typebox/value';
import { FlowSnapshotSchema, type FlowSnapshot } from '../../common/flow/snapshot.ts';
import type { FlowStep } from '../../common/flow/steps.ts';

/** Anything that publishes flow snapshots. */
interface SnapshotSource {
  readonly snapshot: FlowSnapshot;
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void;
}

/** The snapshots a flow published, and ways to wait for one. */
export interface SnapshotWaiter {
  /** Every snapshot published so far. */
  readonly snapshots: FlowSnapshot[];
  /**
   * What was wrong with the snapshots, if anything: off the IPC schema (the renderer would
   * refuse it), or a `seq` that did not grow by one.
   */
  readonly snapshotProblems: string[];
  /** The steps of {@link snapshots}, repeats of the same step folded into one. */
  steps(): FlowStep[];
  /** Resolves with the current snapshot if it is at `step`, else with the next one that is. */
  until(step: FlowStep, timeoutMs?: number): Promise<FlowSnapshot>;
  /** Resolves with the next snapshot (not the current one) at `step`. */
  next(step: FlowStep, timeoutMs?: number): Promise<FlowSnapshot>;
}

/** Records `source`'s snapshots from now on. A wait that times out names the step the flow is at. */
export function snapshotWaiter(source: SnapshotSource): SnapshotWaiter {
  const snapshots: FlowSnapshot[] = [];
  const snapshotProblems: string[] = [];
  const waiters: { step: FlowStep; resolve: (s: FlowSnapshot) => void }[] = [];
  source.onSnapshot((snapshot) => {
    const previous = snapshots.at(-1);
    if (previous !== undefined && snapshot.seq !== previous.seq + 1)
      snapshotProblems.push(`seq ${previous.seq} then ${snapshot.seq}`);
    if (!Value.Check(FlowSnapshotSchema, snapshot)) {
      const [first] = Value.Errors(FlowSnapshotSchema, snapshot);
      snapshotProblems.push(`${(snapshot as FlowSnapshot).step}: ${first?.instancePath} ${first?.message}`);
    }
    snapshots.push(snapshot);
    for (const waiter of waiters.filter((w) => w.step === snapshot.step)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(snapshot);
    }
  });
  const next = (step: FlowStep, timeoutMs = 5_000): Promise<FlowSnapshot> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = source.snapshot;
        const detail = at.step === 'error' ? ` ${JSON.stringify(at.error)}` : '';
        reject(new Error(`flow did not reach ${step} (at ${at.step}${detail})`));
      }, timeoutMs);
      waiters.push({ step, resolve: (s) => (clearTimeout(timer), resolve(s)) });
    });
  return {
    snapshots,
    snapshotProblems,
    steps: () => snapshots.map((s) => s.step).filter((step, i, all) => i === 0 || all[i - 1] !== step),
    until: (step, timeoutMs) =>
      source.snapshot.step === step ? Promise.resolve(source.snapshot) : next(step, timeoutMs),
    next,
  };
}
