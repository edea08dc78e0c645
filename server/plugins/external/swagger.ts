import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { API_ERROR_CODES } from '../../../common/api/error-codes.ts';

/** What the OpenAPI document says about the service (the servers are left out: they are config). */
const DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'eID Wizard registration service',
    version: '1',
    description: [
      'Reference registration service of eID Wizard (registration-flow.md "The service").',
      'The device API is what the phone app uses; the desktop API is what the wizard uses.',
      'Every error answer is `{ "error": { "code", "message" } }`; match on `code`, one of:',
      API_ERROR_CODES.map((code) => `\`${code}\``).join(', '),
      'Session ids are 128-bit random references that travel in the path: treat them as secrets.',
    ].join('\n\n'),
    license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
  },
  tags: [
    { name: 'device', description: 'The phone side: start, poll and confirm an enrolment.' },
    { name: 'desktop', description: 'The computer side: session, authentication, code, application.' },
  ],
  components: {
    securitySchemes: {
      pollToken: {
        type: 'http' as const,
        scheme: 'bearer',
        description: 'The `pollToken` returned when the enrolment was started.',
      },
    },
  },
};

/**
 * Generates the OpenAPI 3.1 document from the route schemas (@fastify/swagger, "external" tier
 * of style rule 10). Must be registered before the routes: it collects them as they are added.
 * Routes with `schema.hide` (the simulator, the document itself) stay out.
 */
export const swaggerPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: DOCUMENT,
      // Shared schemas (the error body) appear under their own `$id` in components.schemas.
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) =>
          typeof json.$id === 'string' ? json.$id : `def-${i}`,
      },
    });
  },
  { name: 'swagger' },
);
