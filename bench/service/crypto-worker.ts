import { createPublicKey, verify } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A signature check as crypto-limit.ts sends it: the key as SPKI DER, imported here, because
 * KeyObjects cloned into several threads share one OpenSSL key and serialise on its lock.
 */
export interface WorkerCheck {
  readonly hash: string;
  readonly data: Uint8Array;
  readonly spki: Uint8Array;
  readonly options: { padding?: number; dsaEncoding?: 'der' | 'ieee-p1363' };
  readonly signature: Uint8Array;
}

/**
 * One thread of the all-cores node:crypto limit: verifies every check once (warm-up), says
 * `ready`, then on `go` verifies them all `rounds` times with synchronous crypto.verify and
 * answers `done`.
 */
if (parentPort !== null) {
  const port = parentPort;
  const { checks: received, rounds } = workerData as { checks: WorkerCheck[]; rounds: number };
  const keys = new Map<string, ReturnType<typeof createPublicKey>>();
  const checks = received.map((c) => {
    const id = Buffer.from(c.spki).toString('base64');
    if (!keys.has(id))
      keys.set(id, createPublicKey({ key: Buffer.from(c.spki), format: 'der', type: 'spki' }));
    return { ...c, key: { key: keys.get(id)!, ...c.options } };
  });
  const pass = (): void => {
    for (const c of checks) if (!verify(c.hash, c.data, c.key, c.signature)) throw new Error('refused');
  };
  pass();
  port.on('message', () => {
    for (let round = 0; round < rounds; round++) pass();
    port.postMessage('done');
  });
  port.postMessage('ready');
}
