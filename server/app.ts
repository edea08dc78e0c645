import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { API_PREFIX } from '../common/api/paths.ts';
import type { ServiceConfig } from './config/settings.ts';
import './plugins/app/decorations.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { cryptoRandom, type RandomSource } from './platform/random.ts';
import { configPlugin } from './plugins/app/config.ts';
import { errorHandlerPlugin } from './plugins/app/error-handler.ts';
import { platformPlugin } from './plugins/app/platform.ts';
import { purgePlugin } from './plugins/app/purge.ts';
import { registrationSecretsPlugin } from './plugins/app/registration-secrets.ts';
import { repositoryPlugin } from './plugins/app/repository.ts';
import { securityHeadersPlugin } from './plugins/app/security-headers.ts';
import { verifierPlugin } from './plugins/app/verifier.ts';
import { swaggerPlugin } from './plugins/external/swagger.ts';
import { apiRoutes } from './routes/api/index.ts';
import { openApiRoute } from './routes/openapi.ts';
import { simulatorRoutes } from './simulator/routes.ts';
import type { Repository } from './storage/repository.ts';
import type { Verifier } from './verification/verifier.ts';

/** What the app is built from; storage, verification, time and randomness are injected. */
export interface AppOptions {
  readonly config: ServiceConfig;
  readonly repository: Repository;
  readonly verifier: Verifier;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/**
 * The service as one plugin (style rule 10, fastify/demo `src/app.ts`), in tiers: external
 * plugins (OpenAPI generation), app plugins (configuration, platform, repository and verifier
 * as decorations, secrets, purging, error handler, security headers), then routes.
 */
export const appPlugin: FastifyPluginAsync<AppOptions> = async (app, options) => {
  // Only JSON is accepted: other content types are refused (415), text/plain included.
  app.removeContentTypeParser('text/plain');

  await app.register(swaggerPlugin);

  await app.register(configPlugin, { config: options.config });
  await app.register(platformPlugin, {
    clock: options.clock ?? systemClock,
    random: options.random ?? cryptoRandom,
  });
  await app.register(repositoryPlugin, { repository: options.repository });
  await app.register(verifierPlugin, { verifier: options.verifier });
  await app.register(registrationSecretsPlugin);
  await app.register(purgePlugin);
  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);

  await app.register(apiRoutes, { prefix: API_PREFIX });
  await app.register(openApiRoute);
  await app.register(simulatorRoutes);
};

/**
 * Fastify's construction options for `config`: the body limit; Ajv that refuses unknown
 * fields instead of stripping them (Fastify's default `removeAdditional` would silently drop
 * them) and coerces nothing; client addresses from `X-Forwarded-For` only when configured.
 */
export function serverOptions(config: ServiceConfig, logger: FastifyServerOptions['logger'] = false) {
  return {
    logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
  } satisfies FastifyServerOptions;
}

/** A Fastify instance running the app, not listening: tests `inject()` into it. */
export async function buildApp(options: AppOptions, logger: FastifyServerOptions['logger'] = false) {
  const app = Fastify(serverOptions(options.config, logger)).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(fp(appPlugin), options);
  return app;
}
