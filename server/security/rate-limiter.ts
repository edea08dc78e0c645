import type { Clock } from '../platform/clock.ts';

/** Options of {@link TokenBucketLimiter}. */
export interface RateLimitOptions {
  /** Attempts allowed in a burst, and refilled per `periodMs`. */
  readonly capacity: number;
  readonly periodMs: number;
  readonly clock: Clock;
  /** Keys tracked at most (default 100 000); the least recently used are forgotten first. */
  readonly maxKeys?: number;
}

/** The verdict for one attempt. */
export type RateLimitVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * An in-memory token bucket per key (a client address): `capacity` attempts, refilled
 * continuously at `capacity` per `periodMs` (pki-and-signing.md §6.1: "per-IP rate limits, for
 * example 10 per minute"). Per process: with several service instances each has its own
 * budget, which the per-session try limit backs up.
 */
export class TokenBucketLimiter {
  readonly #options: RateLimitOptions;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Takes one token for `key`, or says how long to wait for the next one. */
  take(key: string): RateLimitVerdict {
    const { capacity, periodMs, clock } = this.#options;
    const now = clock.now().getTime();
    const bucket = this.#refilled(key, now);
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.#evict();
      return { allowed: true };
    }
    const waitMs = ((1 - bucket.tokens) * periodMs) / capacity;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  #refilled(key: string, now: number): Bucket {
    const { capacity, periodMs } = this.#options;
    const bucket = this.#buckets.get(key);
    if (bucket === undefined) return { tokens: capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    return { tokens: Math.min(capacity, bucket.tokens + (elapsed * capacity) / periodMs), updatedAt: now };
  }

  /** Forgets the least recently used keys beyond `maxKeys` (a full bucket is the default anyway). */
  #evict(): void {
    const maxKeys = this.#options.maxKeys ?? 100_000;
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= maxKeys) break;
      this.#buckets.delete(key);
    }
  }
}
