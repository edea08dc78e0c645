import type { AuthenticationInput, WebEidToken } from '../../../../server/verification/verifier.ts';
import { NONCE, NOW, ORIGIN, registration } from './verification-fixture.ts';

/** Standard base64 of bytes. */
export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
/** Bytes of standard base64. */
export const unb64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** The authentication input of the virtual card `id`'s registration, with `change`. */
export async function input(
  id: string,
  change: Partial<AuthenticationInput> = {},
): Promise<AuthenticationInput> {
  const made = await registration(id);
  return {
    token: made.token,
    caCertificate: made.caCertificate,
    origin: ORIGIN,
    nonce: NONCE,
    now: NOW,
    ...change,
  };
}

/** The same with the token's members changed. */
export async function tokenOf(id: string, change: Partial<WebEidToken>): Promise<AuthenticationInput> {
  const base = await input(id);
  return { ...base, token: { ...base.token, ...change } };
}

/** A fresh verifier (cold caches) and one that already verified each card once (warm). */
