import { REGISTRATION_CODE_ALPHABET, REGISTRATION_CODE_LENGTH } from '../../common/api/registration-code.ts';
import type { RandomSource } from '../platform/random.ts';
import { keyedHash } from './hashes.ts';

/** A fresh code with the hash that is stored instead of it. */
export interface IssuedCode {
  readonly code: string;
  readonly codeHash: string;
}

/** A fresh poll token with its stored hash. */
export interface IssuedToken {
  readonly token: string;
  readonly tokenHash: string;
}

/**
 * Issues and hashes the phone's secrets (pki-and-signing.md §6.1): registration codes, 5
 * symbols drawn with `randomInt` from the 32-symbol alphabet, and poll tokens of 32 random
 * bytes. Only HMAC-SHA-256(pepper, value) is ever stored.
 */
export class RegistrationSecrets {
  readonly #pepper: Uint8Array;
  readonly #random: RandomSource;

  constructor(pepper: Uint8Array, random: RandomSource) {
    this.#pepper = pepper;
    this.#random = random;
  }

  /** A new random code and its hash. */
  issueCode(): IssuedCode {
    let code = '';
    for (let i = 0; i < REGISTRATION_CODE_LENGTH; i++) {
      code += REGISTRATION_CODE_ALPHABET[this.#random.int(REGISTRATION_CODE_ALPHABET.length)];
    }
    return { code, codeHash: this.hash(code) };
  }

  /** A new poll token (base64url, 43 characters) and its hash. */
  issuePollToken(): IssuedToken {
    const token = Buffer.from(this.#random.bytes(32)).toString('base64url');
    return { token, tokenHash: this.hash(token) };
  }

  /** The stored form of a normalised code or of a poll token. */
  hash(value: string): string {
    return keyedHash(this.#pepper, value);
  }
}
