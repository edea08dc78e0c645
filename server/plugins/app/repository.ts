import fp from 'fastify-plugin';
import type { Repository } from '../../storage/repository.ts';

/**
 * Decorates the instance with the repository, migrates it before the app is ready, and
 * closes it when the app closes (the listener's graceful shutdown).
 */
export const repositoryPlugin = fp<{ repository: Repository }>(
  async (app, { repository }) => {
    await repository.migrate();
    app.decorate('repository', repository);
    app.addHook('onClose', async () => {
      await repository.close();
    });
  },
  { name: 'repository' },
);
