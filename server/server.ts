import { buildApp } from './app.ts';
import { ConfigError } from './config/config-error.ts';
import { loadConfig } from './config/load-config.ts';
import { loadTrustAnchors } from './config/trust-anchors.ts';
import { openDependencies } from './dependencies.ts';
import { loggerOptions } from './http/logger-options.ts';

/** How long a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * The thin listener (`npm run service`; style rule 10, fastify/demo `src/server.ts`): load
 * the configuration, open the real dependencies, build the app and listen. SIGTERM and SIGINT
 * close the app, which finishes in-flight requests and closes the repository.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const trustAnchors = await loadTrustAnchors(config);
  const { repository, verifier } = await openDependencies(config, trustAnchors);
  const app = await buildApp({ config, repository, verifier }, loggerOptions(config.logLevel));
  const shutdown = (signal: string): void => {
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    app.close().then(
      () => app.log.info('closed'),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { origin: config.origin, trustAnchors: trustAnchors.length, database: config.databaseUrl.split(':')[0] },
    'registration service ready; simulator at /simulator, OpenAPI at /openapi.json',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration: ${error.message}` : error);
  process.exitCode = 1;
});
