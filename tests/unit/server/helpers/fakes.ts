import { createHash } from 'node:crypto';
import type { Clock } from '../../../../server/platform/clock.ts';
import type { RandomSource } from '../../../../server/platform/random.ts';
import type {
  AuthenticationInput,
  AuthenticationResult,
  SubmissionInput,
  SubmissionResult,
  Verifier,
} from '../../../../server/verification/verifier.ts';

/** A clock that only moves when told. */
export class FakeClock implements Clock {
  #now: number;
  constructor(start = '2026-01-15T10:00:00.000Z') {
    this.#now = Date.parse(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/**
 * Deterministic randomness: bytes from SHA-256 of a counter; `int` takes the scripted values
 * first (`queueInts`), then derives from the counter.
 */
export class FakeRandom implements RandomSource {
  #counter = 0;
  readonly #ints: number[] = [];
  queueInts(...values: number[]): void {
    this.#ints.push(...values);
  }
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 32) {
      out.set(
        createHash('sha256')
          .update(`fake-${this.#counter++}`)
          .digest()
          .subarray(0, length - i),
        i,
      );
    }
    return out;
  }
  int(max: number): number {
    const scripted = this.#ints.shift();
    if (scripted !== undefined) return scripted % max;
    return (this.bytes(4)[0] as number) % max;
  }
}

/** The fake verifier's default holder. */
export const HOLDER = { nationalNumber: '85073003328', name: 'Anna Maria Peeters' } as const;

/** A verifier that accepts (or answers what it is told) and records what it was asked. */
export class FakeVerifier implements Verifier {
  readonly authentications: AuthenticationInput[] = [];
  readonly submissions: SubmissionInput[] = [];
  authenticationResult: AuthenticationResult = {
    ok: true,
    nationalNumber: HOLDER.nationalNumber,
    certificateSha256: 'ab'.repeat(32),
  };
  submissionResult: ((input: SubmissionInput) => SubmissionResult) | SubmissionResult = (input) => ({
    ok: true,
    applicationSha256: createHash('sha256').update(input.application).digest('hex'),
    holderName: HOLDER.name,
  });

  async authenticate(input: AuthenticationInput): Promise<AuthenticationResult> {
    this.authentications.push(input);
    return this.authenticationResult;
  }
  async verifySubmission(input: SubmissionInput): Promise<SubmissionResult> {
    this.submissions.push(input);
    return typeof this.submissionResult === 'function' ? this.submissionResult(input) : this.submissionResult;
  }
}
