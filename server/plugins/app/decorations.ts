import type { ServiceConfig } from '../../config/settings.ts';
import type { Clock } from '../../platform/clock.ts';
import type { RandomSource } from '../../platform/random.ts';
import type { TokenBucketLimiter } from '../../security/rate-limiter.ts';
import type { RegistrationSecrets } from '../../security/registration-secrets.ts';
import type { Repository } from '../../storage/repository.ts';
import type { Verifier } from '../../verification/verifier.ts';

/**
 * What the app plugins decorate the Fastify instance with, in one place: app.ts imports this
 * file, so the declarations reach every user of the app (its tests included).
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** The loaded configuration (server/config/). */
    serviceConfig: ServiceConfig;
    clock: Clock;
    random: RandomSource;
    /** Storage (server/storage/): SQLite or PostgreSQL behind one interface. */
    repository: Repository;
    /** The cryptographic checks (server/verification/). */
    verifier: Verifier;
    /** Issues and hashes registration codes and poll tokens. */
    secrets: RegistrationSecrets;
    /** Code attempts per client address (pki-and-signing.md §6.1). */
    codeAttemptLimiter: TokenBucketLimiter;
  }
}
