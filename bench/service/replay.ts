import { freshDatabase, type DatabaseKind } from './databases.ts';
import { post, STEPS, type RecordedRegistration, type Step } from './record.ts';
import { SeededRandom } from './seeded-random.ts';
import { Meter, serviceApp, type ServiceApp } from './service-app.ts';

/** What one timed replay measured. */
export interface ReplayResult {
  readonly registrations: number;
  readonly inFlight: number;
  /** Wall time of the timed registrations (warm-up excluded). */
  readonly wallMs: number;
  /** Per registration: the sum of its five request times. */
  readonly latencies: readonly number[];
  readonly steps: Readonly<Record<Step, readonly number[]>>;
  /** Verifier and repository time of the timed registrations (meaningful when inFlight is 1). */
  readonly meter: Meter;
}

/** Replays one registration; any status other than the recorded one aborts the benchmark. */
async function replayOne(
  app: ServiceApp,
  random: SeededRandom,
  registration: RecordedRegistration,
  steps: Record<Step, number[]>,
): Promise<number> {
  return random.run(registration.stream, async () => {
    let total = 0;
    for (const request of registration.requests) {
      const started = performance.now();
      const response = await post(app, request.url, request.payload, registration.remoteAddress);
      const elapsed = performance.now() - started;
      if (response.statusCode !== request.status) {
        throw new Error(
          `replay of ${registration.stream} (${registration.cardId}) ${request.step}: HTTP ` +
            `${response.statusCode}, recorded ${request.status}: ${response.body}. A benchmark of ` +
            'refusals measures nothing: aborting.',
        );
      }
      steps[request.step].push(elapsed);
      total += elapsed;
    }
    return total;
  });
}

/**
 * Phase 2 (timed): a fresh service (same seed) over a fresh `database` replays `warmUp`
 * registrations untimed (JIT, the verifier's CA and RRN caches: a running service's steady
 * state), then `timed`, with at most `inFlight` registrations at once (each one's five
 * requests in order). Every answer must be the recorded one (201 for every submission).
 */
export async function replay(
  seed: string,
  database: DatabaseKind,
  warmUp: readonly RecordedRegistration[],
  timed: readonly RecordedRegistration[],
  inFlight: number,
): Promise<ReplayResult> {
  const fresh = await freshDatabase(database);
  const random = new SeededRandom(seed);
  const meter = new Meter();
  const { app } = await serviceApp(fresh.repository, random, meter);
  try {
    const ignored = Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>;
    for (const registration of warmUp) await replayOne(app, random, registration, ignored);
    Object.assign(meter, new Meter());

    const steps = Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>;
    const latencies: number[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < timed.length) {
        const registration = timed[next++]!;
        latencies.push(await replayOne(app, random, registration, steps));
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: Math.min(inFlight, timed.length) }, worker));
    const wallMs = performance.now() - started;
    if (random.strayDraws > 0) throw new Error(`${random.strayDraws} random draws outside a registration`);
    return { registrations: timed.length, inFlight, wallMs, latencies, steps, meter };
  } finally {
    await app.close();
    await fresh.dispose();
  }
}
