import type { OpenSessionResponse } from '../../../common/api/index.ts';
import type { ContactView } from '../../../common/flow/holder-view.ts';
import type { CardSession } from '../card/card-session.ts';
import { wipeRegistrationCard, type RegistrationCard } from './registration-card.ts';
import { wipeSignedApplication, type SignedApplication } from './sign-application.ts';

/**
 * Everything the flow holds about one person's registration: the card session, what was read
 * from the card, the service session, the code binding, the contact data and the signed
 * application. One object, so that {@link wipeFlowData} is the one path that forgets it all
 * (architecture.md: finish, cancel, card removal and timeout all wipe the same way).
 */
export interface FlowData {
  reader?: string;
  cardSession?: CardSession;
  /** The chip serial (GET CARD DATA) of the card read: a card opened again must be the same one. */
  cardSerial?: string;
  card?: RegistrationCard;
  pinTriesLeft?: number;
  /** The opened, not yet authenticated session (its nonce is signed with the PIN). */
  opened?: OpenSessionResponse;
  /** The authenticated (rotated) session id. */
  sessionId?: string;
  enrolmentId?: string;
  codeExpiresAt?: string;
  contact?: ContactView;
  /** Kept until the service acknowledges it: resubmitted after a network failure, no PIN. */
  signed?: SignedApplication;
  submitAttempts?: number;
}

/**
 * Zero-fills the card's files and the signed application, closes the card session (which
 * resets the card when the PIN was verified on it, so no later program inherits the PIN
 * state) and empties `data`. Safe to call at any time and twice.
 */
export async function wipeFlowData(data: FlowData): Promise<void> {
  const session = data.cardSession;
  if (data.card !== undefined) wipeRegistrationCard(data.card);
  if (data.signed !== undefined) wipeSignedApplication(data.signed);
  for (const key of Object.keys(data) as (keyof FlowData)[]) delete data[key];
  await session?.close().catch(() => undefined);
}

/**
 * Forgets what belonged to the service session: its nonce and id, the code bound to it and the
 * application signed for it (zero-filled). The card, its files and the contact data stay: the
 * flow authenticates again for a new session (the old one expired, was closed after 5 wrong
 * codes, or is bound to a code that expired: the service binds one code per session).
 */
export function forgetServiceSession(data: FlowData): void {
  if (data.signed !== undefined) wipeSignedApplication(data.signed);
  for (const key of [
    'opened',
    'sessionId',
    'enrolmentId',
    'codeExpiresAt',
    'signed',
    'submitAttempts',
  ] as const)
    delete data[key];
}
