import { describe, expect, it } from 'vitest';
import { newCard, send, VERIFY_1234 } from './apdu-helpers.ts';
import { runScript } from './pin-access-script.ts';
import { digest, psoApdu } from './signing-helpers.ts';

/**
 * Key 82, CHV "PIN once", and the "PIN mixed" examples of belpic-protocol.md §6.3
 * (A = authentication verify, N = verify in a non-repudiation SE).
 */
describe.each(['1.7', '1.8'])('authentication PIN rule and mixed examples (applet %s)', (applet) => {
  const card = () => newCard(`citizen-${applet}`);

  it('refuses PSO(82) before any VERIFY with 6982', async () => {
    expect(await runScript(card(), ['MSE(82)', 'SIGN'])).toEqual(['6982']);
  });

  it('signs with MSE(82), VERIFY, PSO (eid-mw order)', async () => {
    expect(await runScript(card(), ['MSE(82)', 'VERIFY', 'SIGN'])).toEqual(['OK']);
  });

  it('keeps the authentication right for the whole session (PIN once)', async () => {
    const outcome = await runScript(card(), [
      'VERIFY',
      'READ',
      'READ',
      'CARD DATA',
      'MSE(82)',
      'SIGN',
      'GET RESPONSE',
      'READ',
      'SIGN',
    ]);

    expect(outcome).toEqual(['OK', 'OK']);
  });

  it('N, Sign(83), …, Sign(82) → Sign(82) KO', async () => {
    const outcome = await runScript(card(), [
      'MSE(83)',
      'VERIFY',
      'SIGN',
      'GET RESPONSE',
      'READ',
      'MSE(82)',
      'SIGN',
    ]);

    expect(outcome).toEqual(['OK', '6982']);
  });

  it('A, …, N, Sign(83), …, Sign(82) → both OK', async () => {
    const outcome = await runScript(card(), [
      'VERIFY',
      'READ',
      'MSE(83)',
      'VERIFY',
      'SIGN',
      'GET RESPONSE',
      'READ',
      'MSE(82)',
      'SIGN',
    ]);

    expect(outcome).toEqual(['OK', 'OK']);
  });

  it('A, Read, Sign(83) → KO, later Sign(82) OK', async () => {
    const outcome = await runScript(card(), ['VERIFY', 'READ', 'MSE(83)', 'SIGN', 'READ', 'MSE(82)', 'SIGN']);

    expect(outcome).toEqual(['6982', 'OK']);
  });

  it('A, …, failed VERIFY, Sign(83) KO, …, Sign(82) KO (a failed VERIFY clears everything)', async () => {
    const outcome = await runScript(card(), [
      'VERIFY',
      'READ',
      'MSE(83)',
      'BAD VERIFY',
      'SIGN',
      'READ',
      'MSE(82)',
      'SIGN',
    ]);

    expect(outcome).toEqual(['6982', '6982']);
  });

  it('LOG OFF clears the authentication right', async () => {
    const outcome = await runScript(card(), ['VERIFY', 'READ', 'LOG OFF', 'MSE(82)', 'SIGN']);

    expect(outcome).toEqual(['6982']);
  });

  it('accepts LOG OFF with P3=00 (eid-mw form) with 9000', async () => {
    const c = card();

    expect((await send(c, '80 E6 00 00 00')).sw).toBe('9000');
  });

  it('a reset clears the authentication right', async () => {
    const c = card();
    const before = await runScript(c, ['VERIFY', 'MSE(82)', 'SIGN']);

    c.reset();

    expect(before).toEqual(['OK']);
    expect(c.pinState.authenticationGranted).toBe(false);
    expect(await runScript(c, ['MSE(82)', 'SIGN'])).toEqual(['6982']);
  });

  it('a reset re-initialises the SE: PSO after reset and VERIFY answers 6985', async () => {
    const c = card();
    await runScript(c, ['MSE(82)']);
    c.reset();
    await send(c, VERIFY_1234);

    const r = await send(c, psoApdu(digest(applet === '1.7' ? 'sha256' : 'sha384', 'no SE')));

    expect(r.sw).toBe('6985');
  });
});
