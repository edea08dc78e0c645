import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { chooseLanguage } from './language.ts';
import { renderSimulatorPage } from './page.ts';
import { loadServiceMessages } from './translations.ts';

/** The page may load its own script and stylesheet and call the API; nothing else. */
export const SIMULATOR_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const asset = (name: string): string => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/**
 * The device simulator (registration-flow.md: "the phone app (here: the device simulator
 * page)"): `GET /simulator?lang=nl|fr|de|en` and its two static files. Left out of the OpenAPI
 * document.
 */
export const simulatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const messages = loadServiceMessages();
  const script = asset('simulator.js');
  const style = asset('simulator.css');
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/simulator'));
  app.get(
    '/simulator',
    {
      schema: {
        hide: true,
        querystring: Type.Object(
          { lang: Type.Optional(Type.String({ maxLength: 16 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const language = chooseLanguage(request.query.lang, request.headers['accept-language']);
      return reply
        .header('content-security-policy', SIMULATOR_CSP)
        .header('vary', 'accept-language')
        .type('text/html; charset=utf-8')
        .send(renderSimulatorPage(language, messages[language]));
    },
  );
  app.get('/simulator/simulator.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(script),
  );
  app.get('/simulator/simulator.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(style),
  );
};
