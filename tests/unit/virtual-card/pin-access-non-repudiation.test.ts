import { describe, expect, it } from 'vitest';
import { newCard } from './apdu-helpers.ts';
import { runScript } from './pin-access-script.ts';

/**
 * Key 83, CHV "PIN just before" (belpic-protocol.md §6.3): the VERIFY must happen while the SE
 * selects key 83 and be followed by PSO:CDS with no command in between on 1.7, at most one on 1.8.
 */
describe.each(['1.7', '1.8'])('non-repudiation PIN rule (applet %s)', (applet) => {
  const card = () => newCard(`citizen-${applet}`);
  const oneCommandAllowed = applet === '1.8';

  it('signs after MSE(83), VERIFY, PSO', async () => {
    expect(await runScript(card(), ['MSE(83)', 'VERIFY', 'SIGN'])).toEqual(['OK']);
  });

  it('refuses when the VERIFY came before MSE(83) (not in a non-repudiation SE)', async () => {
    expect(await runScript(card(), ['VERIFY', 'MSE(83)', 'SIGN'])).toEqual(['6982']);
  });

  it('refuses PSO(83) without any VERIFY', async () => {
    expect(await runScript(card(), ['MSE(83)', 'SIGN'])).toEqual(['6982']);
  });

  it('allows other commands between MSE(83) and VERIFY', async () => {
    expect(await runScript(card(), ['MSE(83)', 'READ', 'CARD DATA', 'READ', 'VERIFY', 'SIGN'])).toEqual([
      'OK',
    ]);
  });

  it(`${oneCommandAllowed ? 'allows' : 'refuses'} one command (READ) between VERIFY and PSO(83)`, async () => {
    const outcome = await runScript(card(), ['MSE(83)', 'VERIFY', 'READ', 'SIGN']);

    expect(outcome).toEqual([oneCommandAllowed ? 'OK' : '6982']);
  });

  it(`${oneCommandAllowed ? 'allows' : 'refuses'} one command (GET CARD DATA) between VERIFY and PSO(83)`, async () => {
    const outcome = await runScript(card(), ['MSE(83)', 'VERIFY', 'CARD DATA', 'SIGN']);

    expect(outcome).toEqual([oneCommandAllowed ? 'OK' : '6982']);
  });

  it('refuses two commands between VERIFY and PSO(83): N, Read, Read, Sign(83) KO', async () => {
    expect(await runScript(card(), ['MSE(83)', 'VERIFY', 'READ', 'READ', 'SIGN'])).toEqual(['6982']);
  });

  it('consumes the VERIFY: N, Sign(83), Sign(83) gives OK then KO', async () => {
    expect(await runScript(card(), ['MSE(83)', 'VERIFY', 'SIGN', 'SIGN'])).toEqual(['OK', '6982']);
  });

  it('needs a fresh VERIFY for each non-repudiation signature', async () => {
    const outcome = await runScript(card(), ['MSE(83)', 'VERIFY', 'SIGN', 'GET RESPONSE', 'VERIFY', 'SIGN']);

    expect(outcome).toEqual(['OK', 'OK']);
  });

  it('refuses after LOG OFF between VERIFY and PSO(83)', async () => {
    expect(await runScript(card(), ['MSE(83)', 'VERIFY', 'LOG OFF', 'SIGN'])).toEqual(['6982']);
  });

  it('refuses after a failed VERIFY following a good one', async () => {
    expect(await runScript(card(), ['MSE(83)', 'VERIFY', 'BAD VERIFY', 'SIGN'])).toEqual(['6982']);
  });

  it('refuses after a reset between VERIFY and PSO(83), even with the SE set again', async () => {
    const c = card();
    await runScript(c, ['MSE(83)', 'VERIFY']);

    c.reset();

    expect(await runScript(c, ['MSE(83)', 'SIGN'])).toEqual(['6982']);
  });
});
