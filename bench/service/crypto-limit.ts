import { createPublicKey, verify } from 'node:crypto';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerCheck } from './crypto-worker.ts';
import type { RecordedRegistration } from './record.ts';
import { CHECKS, checksOf, Keys, type Check, type CheckName } from './signature-checks.ts';

/** What the node:crypto limit of a mix is. */
export interface CryptoLimit {
  /** Registrations per second, one thread, synchronous `crypto.verify`. */
  readonly perSecond: number;
  /** Registrations per second, one synchronous verifying thread per core. */
  readonly perSecondAllCores: number;
  /** Registrations per second, async `crypto.verify(…, callback)`, all at once (the libuv pool). */
  readonly perSecondAsync: number;
  /** Mean µs per check, one thread. */
  readonly checkMicros: Readonly<Record<CheckName, number>>;
  /** Mean µs to import the two holder keys a new holder brings (not in the limit). */
  readonly holderKeyImportMicros: number;
}

/** A check in the form crypto-worker.ts takes (key as SPKI DER). */
function toWorker({ hash, data, key: { key, ...options }, signature }: Check): WorkerCheck {
  return { hash, data, spki: key.export({ type: 'spki', format: 'der' }), options, signature };
}

/** Wall time of `threads` worker threads each verifying `checks` `rounds` times, started together. */
async function threadsWallMs(checks: readonly Check[], threads: number, rounds: number): Promise<number> {
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./crypto-worker.ts', import.meta.url), {
        workerData: { checks: checks.map(toWorker), rounds },
      }),
  );
  try {
    const next = (worker: Worker) =>
      new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    await Promise.all(workers.map(next));
    const started = performance.now();
    const done = workers.map(next);
    for (const worker of workers) worker.postMessage('go');
    await Promise.all(done);
    return performance.now() - started;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const run = (c: Check): boolean => verify(c.hash, c.data, c.key, c.signature);
const runAsync = (c: Check): Promise<boolean> =>
  new Promise((resolve, reject) =>
    verify(c.hash, c.data, c.key, c.signature, (error, ok) => (error ? reject(error) : resolve(ok))),
  );

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The raw node:crypto limit for `registrations`: only the six verifications each needs, with
 * every KeyObject made beforehand (a perfect implementation caches the CA and RRN keys; the
 * holder's two key imports are measured separately, outside the limit). One thread: median of
 * `rounds` passes after a warm-up pass. All cores: one worker thread per CPU, each doing
 * `rounds` passes, median of 3 runs. Every signature must verify.
 */
export async function cryptoLimit(
  registrations: readonly RecordedRegistration[],
  rounds = 5,
): Promise<CryptoLimit> {
  const keys = new Keys();
  const all: Check[][] = [];
  for (const registration of registrations) all.push(await checksOf(registration, keys));
  const failed = all.flat().filter((c) => !run(c));
  if (failed.length > 0)
    throw new Error(`node:crypto refused ${failed.length} signatures (${failed[0]!.name})`);

  const passes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const checks of all) for (const check of checks) run(check);
    passes.push(performance.now() - started);
  }
  const perSecond = (registrations.length * 1000) / median(passes);

  const checkMicros = {} as Record<CheckName, number>;
  for (const [i, name] of CHECKS.entries()) {
    const started = performance.now();
    for (const checks of all) run(checks[i]!);
    checkMicros[name] = ((performance.now() - started) * 1000) / all.length;
  }

  const asyncPasses: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await Promise.all(all.flat().map(runAsync));
    asyncPasses.push(performance.now() - started);
  }
  const perSecondAsync = (registrations.length * 1000) / median(asyncPasses);

  const threads = cpus().length;
  const threadRuns: number[] = [];
  for (let run = 0; run < 3; run++) threadRuns.push(await threadsWallMs(all.flat(), threads, rounds));
  const perSecondAllCores = (threads * rounds * registrations.length * 1000) / median(threadRuns);

  const spkis = all
    .flatMap((checks) => [checks[0]!.key.key, checks[5]!.key.key])
    .map((k) => k.export({ type: 'spki', format: 'der' }));
  const started = performance.now();
  for (const spki of spkis) createPublicKey({ key: spki, format: 'der', type: 'spki' });
  const holderKeyImportMicros = ((performance.now() - started) * 1000) / registrations.length;

  return { perSecond, perSecondAllCores, perSecondAsync, checkMicros, holderKeyImportMicros };
}
