import { randomBytes } from 'node:crypto';
import { createVerifier, type VerifierOptions } from '../../../../server/verification/index.ts';
import type { SubmissionInput, Verifier } from '../../../../server/verification/verifier.ts';
import {
  DEFAULT_REGISTRATION_TIME,
  makeRegistration,
  type Registration,
} from '../../../support/registration-fixture.ts';
import { createTestPki } from '../../../virtual-card/pki/test-pki.ts';
import { DEFAULT_SEED } from '../../../virtual-card/index.ts';

/** The service origin of these tests. */
export const ORIGIN = 'https://register.example.be';

/** A nonce as the service issues it: 32 random bytes in base64 (fixed here). */
export const NONCE = Buffer.from(new Uint8Array(32).fill(7)).toString('base64');

/** The moment verifications run at: the registration time. */
export const NOW = DEFAULT_REGISTRATION_TIME;

/** Both test roots of the virtual cards (RSA for 1.7, P-384 for 1.8). */
export function testRoots(): Uint8Array[] {
  return [createTestPki(DEFAULT_SEED, 'rsa2048').root.der, createTestPki(DEFAULT_SEED, 'p384').root.der];
}

/** A verifier trusting the virtual cards' roots. */
export function testVerifier(options: Partial<VerifierOptions> = {}): Verifier {
  return createVerifier({ trustAnchors: testRoots(), ...options });
}

/** The session the registrations belong to. */
export const SESSION = { id: 'session-0001', enrolmentId: 'enrolment-0001' } as const;

const cache = new Map<string, Promise<Registration>>();

/** A registration with the virtual card `id` (memoised per card and photo choice). */
export function registration(id: string, photo = false): Promise<Registration> {
  const key = `${id}/${photo}`;
  let made = cache.get(key);
  if (made === undefined) {
    made = makeRegistration(id, {
      origin: ORIGIN,
      nonce: NONCE,
      sessionId: SESSION.id,
      enrolmentId: SESSION.enrolmentId,
      contact: { email: 'holder@example.be', phone: '+32 470 00 00 00' },
      photo,
    });
    cache.set(key, made);
  }
  return made;
}

/** The full submission input of a registration, for the session it was made in. */
export function submissionOf(made: Registration, change: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    ...made.submission,
    session: { ...SESSION, nationalNumber: made.nationalNumber },
    now: NOW,
    ...change,
  };
}

/** Random bytes (for forged values). */
export function noise(length: number): Uint8Array {
  return new Uint8Array(randomBytes(length));
}
