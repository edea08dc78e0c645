import fp from 'fastify-plugin';
import type { Verifier } from '../../verification/verifier.ts';

/** Decorates the instance with the verifier. */
export const verifierPlugin = fp<{ verifier: Verifier }>(
  async (app, { verifier }) => {
    app.decorate('verifier', verifier);
  },
  { name: 'verifier' },
);
