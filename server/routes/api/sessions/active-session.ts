import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../../http/api-error.ts';
import type { Session } from '../../../storage/repository.ts';

/** `session` (as read) if it exists, is not closed and has not expired; else the matching error. */
export function requireActive(session: Session | undefined, now: Date): Session {
  if (session === undefined) throw new ApiError('session-not-found');
  if (session.state === 'closed') throw new ApiError('session-closed');
  if (session.expiresAt.getTime() <= now.getTime()) throw new ApiError('session-expired');
  return session;
}

/** The session `id` if it exists, is not closed and has not expired; else the matching error. */
export async function activeSession(app: FastifyInstance, id: string, now: Date): Promise<Session> {
  return requireActive(await app.repository.getSession(id), now);
}
