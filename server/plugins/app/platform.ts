import fp from 'fastify-plugin';
import type { Clock } from '../../platform/clock.ts';
import type { RandomSource } from '../../platform/random.ts';

/** Decorates the instance with its clock and randomness (fakes in tests). */
export const platformPlugin = fp<{ clock: Clock; random: RandomSource }>(
  async (app, { clock, random }) => {
    app.decorate('clock', clock);
    app.decorate('random', random);
  },
  { name: 'platform' },
);
