import type { RegistrationOptions } from '../../../support/registration-fixture.ts';
import type { AuthenticationAttempt, CorpusContext } from './corpus-context.ts';
import type { CorpusAttack } from './corpus-types.ts';

/** The authenticate body of an attempt. */
export type AuthenticationBody = AuthenticationAttempt['body'];

/**
 * The authenticate request of a fresh session whose nonce `cardId` signed, with its body
 * changed by `change`. There is no unbroken control: the refused request used the nonce up.
 */
export async function brokenAuthentication(
  context: CorpusContext,
  cardId: string,
  change: (body: AuthenticationBody, attempt: AuthenticationAttempt) => unknown,
  options: Partial<RegistrationOptions> = {},
): Promise<CorpusAttack> {
  const attempt = await context.authentication(cardId, options);
  const body = await change(structuredClone(attempt.body), attempt);
  return { request: { method: 'POST', url: attempt.url, body } };
}

/** The body with some token members replaced. */
export function withToken(
  body: AuthenticationBody,
  token: Partial<AuthenticationBody['token']>,
): AuthenticationBody {
  return { ...body, token: { ...body.token, ...token } };
}
