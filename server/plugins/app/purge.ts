import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** One purge: expired codes and abandoned sessions; failures are logged, never thrown. */
export async function purgeExpired(app: FastifyInstance): Promise<number> {
  try {
    const purged = await app.repository.purgeExpired(app.clock.now());
    if (purged > 0) app.log.info({ purged }, 'purged expired rows');
    return purged;
  } catch (error) {
    app.log.error({ err: error }, 'purge failed');
    return 0;
  }
}

/**
 * Purges every `purgeIntervalSeconds` (0: never), so personal data (national numbers in
 * sessions) is not kept longer than needed and expired codes free their hashes. A failed
 * purge is tried again at the next tick.
 */
export const purgePlugin = fp(
  async (app) => {
    const seconds = app.serviceConfig.purgeIntervalSeconds;
    if (seconds === 0) return;
    const timer = setInterval(() => void purgeExpired(app), seconds * 1_000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'purge', dependencies: ['service-config', 'platform', 'repository'] },
);
