import type { FastifyRequest } from 'fastify';

/** Ids in the UUID layout (session references travel in paths: never log them). */
const ID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A request's URL with ids replaced by `:id`. */
export function redactUrl(url: string): string {
  return url.replace(ID_IN_PATH, ':id');
}

/**
 * Pino options for the listener: the request line without ids, no headers (poll tokens are
 * bearer tokens), no bodies (personal data).
 */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: redactUrl(request.url) }),
    },
  };
}
