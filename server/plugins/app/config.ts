import fp from 'fastify-plugin';
import type { ServiceConfig } from '../../config/settings.ts';

/** Decorates the instance with the service configuration. */
export const configPlugin = fp<{ config: ServiceConfig }>(
  async (app, { config }) => {
    app.decorate('serviceConfig', config);
  },
  { name: 'service-config' },
);
