import { describe, expect, it } from 'vitest';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import {
  CONTACT,
  allZero,
  expectWiped,
  finishFromAuthenticatePin,
  toDetails,
  toSignPin,
  typePin,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * The registration code (registration-flow.md step 4, pki-and-signing.md §6.1): wrong codes
 * count against the session's 5 tries and the last one closes it, a code that cannot be one is
 * refused before the service sees it, and a code that expired before the submission can be
 * replaced by a new one from the phone.
 */
const startHarness = flowHarnessPerTest();

/** A well-formed code that is not the phone's (the phone's codes are random). */
const WRONG_CODES = ['22222', '33333', '44444', '55555', '66666'];

describe('registration code', () => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    it(`counts down 5 wrong codes, then closes the session; authenticating again works (${cardId})`, async () => {
      const h = await startHarness();
      await toDetails(h, cardId);
      for (const [i, code] of WRONG_CODES.slice(0, 4).entries()) {
        await h.flow.submitDetails({ code, ...CONTACT });
        expect(h.flow.snapshot).toMatchObject({
          step: 'enterCodeAndContact',
          codeProblem: 'unknown',
          codeTriesLeft: 4 - i,
          codeBound: false,
          contact: { email: CONTACT.email },
        });
      }
      await h.flow.submitDetails({ code: WRONG_CODES[4]!, ...CONTACT });
      expect(h.flow.snapshot).toMatchObject({
        step: 'error',
        error: { code: 'code-tries-exhausted', retryTo: 'authenticatePin' },
      });
      await h.flow.retry();
      await finishFromAuthenticatePin(h);
      expect(await h.service.repository.countApplications()).toBe(1);
    });
  }

  it('refuses a malformed code without asking the service (no try spent) and takes a sloppy one', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.8');
    for (const code of ['', 'AB12', 'ABCDEF', 'UUUUU', '12#45']) {
      await h.flow.submitDetails({ code, ...CONTACT });
      expect(h.flow.snapshot).toMatchObject({ step: 'enterCodeAndContact', codeProblem: 'malformed' });
    }
    expect(h.record.calls).not.toContain('bindCode');
    await h.flow.submitDetails({ code: WRONG_CODES[0]!, ...CONTACT });
    expect(h.flow.snapshot).toMatchObject({ codeProblem: 'unknown', codeTriesLeft: 4 });
    const code = await h.phoneCode();
    await h.flow.submitDetails({ code: ` ${code.slice(0, 2).toLowerCase()}-${code.slice(2)} `, ...CONTACT });
    expect(h.flow.snapshot.step).toBe('confirmData');
  });

  it('refuses bad contact data before the code is sent', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.7');
    const code = await h.phoneCode();
    await h.flow.submitDetails({ code, email: '' });
    expect(h.flow.snapshot).toMatchObject({ step: 'enterCodeAndContact', contactProblem: 'email-required' });
    await h.flow.submitDetails({ code, email: 'jan@example.be', phone: '12' });
    expect(h.flow.snapshot).toMatchObject({ contactProblem: 'phone-invalid' });
    expect(h.record.calls).not.toContain('bindCode');
    await h.flow.submitDetails({ code, email: 'jan@example.be' });
    expect(h.flow.snapshot).toMatchObject({ step: 'confirmData', contact: { email: 'jan@example.be' } });
  });

  it('does not keep reporting an earlier code as wrong when only the contact data are refused', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.8');
    await h.flow.submitDetails({ code: '12', email: 'jan@example.be' });
    expect(h.flow.snapshot).toMatchObject({ codeProblem: 'malformed' });
    await h.flow.submitDetails({ code: await h.phoneCode(), email: 'not-an-address' });
    expect(h.flow.snapshot).toMatchObject({ contactProblem: 'email-invalid' });
    expect(h.flow.snapshot).not.toHaveProperty('codeProblem');
  });

  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    it(`replaces a code that expired before the submission with a new one (${cardId})`, async () => {
      const h = await startHarness();
      await toDetails(h, cardId);
      const first = await h.phoneEnrolment();
      await h.flow.submitDetails({ code: first.code, ...CONTACT });
      await h.flow.confirm();
      await h.until('signPin');
      h.clock.advance(16 * 60_000); // the person went for coffee: the 15-minute code expired
      await typePin(h);
      expect(h.flow.snapshot).toMatchObject({
        step: 'error',
        error: { code: 'code-expired', category: 'code', retryTo: 'authenticatePin' },
      });
      // The session is bound to the expired code (one code per session): authenticate again,
      // with the card opened again (it was released after signing), then a new code.
      await h.flow.retry();
      await h.until('authenticatePin');
      expect(allZero(h.owned.signed[0]!.content, h.owned.signed[0]!.signature)).toBe(true);
      await typePin(h);
      const details = await h.until('enterCodeAndContact');
      expect(details).toMatchObject({ codeBound: false, contact: { email: CONTACT.email } });
      expect(details).not.toHaveProperty('codeExpiresAt');
      const second = await h.phoneEnrolment();
      await h.flow.submitDetails({ code: second.code, ...CONTACT });
      await h.flow.confirm();
      await h.until('signPin');
      await typePin(h);
      await h.until('done');
      expect(pinVerifications(h.card!)).toBe(4);
      expect((await h.phone.pollEnrolment(second.enrolmentId, second.pollToken)).status).toBe(
        'awaiting-confirmation',
      );
      expect((await h.phone.pollEnrolment(first.enrolmentId, first.pollToken)).status).toBe('expired');
      expect(await h.service.repository.countApplications()).toBe(1);
    });
  }

  it('refuses another card when the card is opened again to authenticate after the submission', async () => {
    const h = await startHarness();
    await toSignPin(h, 'citizen-1.8');
    h.clock.advance(16 * 60_000);
    await typePin(h);
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { code: 'code-expired' } });
    h.remove(); // not needed any more: nothing happens
    expect(h.flow.snapshot.step).toBe('error');
    h.insert('foreigner-1.8');
    await h.flow.retry();
    expect(await h.until('error')).toMatchObject({ error: { code: 'card-changed', category: 'card' } });
    expectWiped(h);
    await h.flow.retry();
    await finishFromAuthenticatePin(h); // the card in the reader is read as a new one
  });
});
