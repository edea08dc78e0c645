import type { FastifyPluginAsync } from 'fastify';

/** `GET /openapi.json`: the OpenAPI document generated from the route schemas (server/openapi.json). */
export const openApiRoute: FastifyPluginAsync = async (app) => {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
