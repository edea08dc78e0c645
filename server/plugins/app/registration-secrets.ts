import fp from 'fastify-plugin';
import { RegistrationSecrets } from '../../security/registration-secrets.ts';
import { TokenBucketLimiter } from '../../security/rate-limiter.ts';

/** Decorates the instance with the code and token keeper and the code-attempt rate limiter. */
export const registrationSecretsPlugin = fp(
  async (app) => {
    const { codePepper, codeAttemptsPerMinute } = app.serviceConfig;
    app.decorate('secrets', new RegistrationSecrets(codePepper, app.random));
    app.decorate(
      'codeAttemptLimiter',
      new TokenBucketLimiter({ capacity: codeAttemptsPerMinute, periodMs: 60_000, clock: app.clock }),
    );
  },
  { name: 'registration-secrets', dependencies: ['service-config', 'platform'] },
);
