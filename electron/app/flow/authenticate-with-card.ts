import type { OpenSessionResponse } from '../../../common/api/index.ts';
import { encodeBase64 } from '../../../common/pki/base64.ts';
import {
  WEB_EID_ALGORITHMS,
  buildWebEidToken,
  webEidAlgorithmForKey,
  webEidDigest,
} from '../../../common/webeid/index.ts';
import type { BelpicCard, PinEntry } from '../../../native/belpic/index.ts';
import type { ServiceClient } from '../service/service-client.ts';
import type { RegistrationCard } from './registration-card.ts';

/** What authentication gives the rest of the flow. */
export interface Authenticated {
  /** The rotated session id (ASVS 5.0 7.2.4): the one to use from now on. */
  readonly sessionId: string;
  readonly sessionExpiresAt: Date;
}

/**
 * Authenticates the card holder to the service (architecture.md "Signing and verification"):
 * the card signs `H(origin) ‖ H(nonce)` with the authentication key after the PIN (one
 * VERIFY, never repeated), the signature goes out as a Web eID `web-eid:1.0` token with the
 * card's CA certificate, and the service answers with a new session id. `session` is the
 * opened session whose nonce is signed.
 */
export async function authenticateWithCard(input: {
  readonly card: BelpicCard;
  readonly registrationCard: RegistrationCard;
  readonly service: ServiceClient;
  readonly origin: string;
  readonly session: OpenSessionResponse;
  readonly pin: PinEntry;
  readonly appVersion: string;
  readonly signal: AbortSignal;
}): Promise<Authenticated> {
  const { registrationCard, session } = input;
  const algorithm = webEidAlgorithmForKey(registrationCard.authentication.publicKey);
  const { hash } = WEB_EID_ALGORITHMS[algorithm];
  const digest = await webEidDigest(input.origin, session.nonce, hash);
  const signature = await input.card.sign({ key: 'authentication', hash, digest, pin: input.pin });
  const token = buildWebEidToken({
    certificate: registrationCard.files.authenticationCertificate,
    algorithm,
    signature,
    appVersion: input.appVersion,
  });
  input.signal.throwIfAborted();
  const answer = await input.service.authenticate(
    session.sessionId,
    { nonce: session.nonce, token, caCertificate: encodeBase64(registrationCard.files.caCertificate) },
    { signal: input.signal },
  );
  return { sessionId: answer.sessionId, sessionExpiresAt: new Date(answer.sessionExpiresAt) };
}
