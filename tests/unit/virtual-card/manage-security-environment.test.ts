import { describe, expect, it } from 'vitest';
import { newCard, send, sw, VERIFY_1234 } from './apdu-helpers.ts';
import { AUTH_KEY, BASIC_KEY, digest, mse, NON_REP_KEY, pso } from './signing-helpers.ts';

/** MSE SET `00 22 41 B6 05 04 80 alg 84 key` (belpic-protocol.md §7.1, §12.2). */
describe('MSE SET on applet 1.7', () => {
  it.each([0x01, 0x02, 0x04, 0x08, 0x10, 0x20])(
    'accepts algorithm ref %i with keys 82 and 83',
    async (algorithm) => {
      const card = newCard('citizen-1.7');

      expect([await mse(card, algorithm, AUTH_KEY), await mse(card, algorithm, NON_REP_KEY)]).toEqual([
        '9000',
        '9000',
      ]);
    },
  );

  it.each([0x00, 0x40, 0x03, 0x80])('answers 6A80 to the unsupported algorithm ref %i', async (algorithm) => {
    expect(await mse(newCard('citizen-1.7'), algorithm, AUTH_KEY)).toBe('6A80');
  });

  it.each([BASIC_KEY, 0x84, 0x87])('answers 6A88 to key ref %i', async (key) => {
    expect(await mse(newCard('citizen-1.7'), 0x08, key)).toBe('6A88');
  });
});

describe('MSE SET on applet 1.8', () => {
  it.each([0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40])(
    'accepts algorithm ref %i with keys 82 and 83',
    async (algorithm) => {
      const card = newCard('citizen-1.8');

      expect([await mse(card, algorithm, AUTH_KEY), await mse(card, algorithm, NON_REP_KEY)]).toEqual([
        '9000',
        '9000',
      ]);
    },
  );

  it.each([0x00, 0x03, 0x80])('answers 6A80 to the unsupported algorithm ref %i', async (algorithm) => {
    expect(await mse(newCard('citizen-1.8'), algorithm, AUTH_KEY)).toBe('6A80');
  });

  it.each([0x84, 0x87])('answers 6A88 to key ref %i', async (key) => {
    expect(await mse(newCard('citizen-1.8'), 0x02, key)).toBe('6A88');
  });

  it('accepts the basic key 81 (commons-eid) but refuses PSO with it (6985)', async () => {
    const card = newCard('citizen-1.8');
    const status = await sw(card, '00 22 41 B6 05 04 80 02 84 81');
    await send(card, VERIFY_1234);

    const r = await pso(card, digest('sha384', 'basic key'));

    expect(status).toBe('9000');
    expect(r.sw).toBe('6985');
  });
});

describe.each(['1.7', '1.8'])('MSE SET and PSO errors (applet %s)', (applet) => {
  const hashOf = (text: string) => digest(applet === '1.7' ? 'sha256' : 'sha384', text);
  const algorithm = applet === '1.7' ? 0x08 : 0x02;

  it.each(['kids', 'no-signing-cert'])(
    'answers 6985 to MSE with key 83 on a %s card (key not activated)',
    async (profile) => {
      expect(await mse(newCard(`${profile}-${applet}`), algorithm, NON_REP_KEY)).toBe('6985');
    },
  );

  it('still signs with key 82 on a card without signing key', async () => {
    const card = newCard(`no-signing-cert-${applet}`);
    await mse(card, algorithm, AUTH_KEY);
    await send(card, VERIFY_1234);

    expect((await pso(card, hashOf('kids'))).sw1).toBe(0x61);
  });

  it('answers 6700 to a wrong Lc', async () => {
    expect(await sw(newCard(`citizen-${applet}`), '00 22 41 B6 04 04 80 02 84')).toBe('6700');
  });

  it('answers 6B00 to a wrong P1-P2 in MSE and PSO', async () => {
    const card = newCard(`citizen-${applet}`);

    expect(await sw(card, '00 22 41 A4 05 04 80 02 84 82')).toBe('6B00');
    expect(await sw(card, '00 2A 9E 9B 20 ' + '11 '.repeat(32))).toBe('6B00');
  });

  it('answers 6985 to PSO without MSE, even after VERIFY', async () => {
    const card = newCard(`citizen-${applet}`);
    await send(card, VERIFY_1234);

    expect((await pso(card, hashOf('no SE'))).sw).toBe('6985');
  });
});
