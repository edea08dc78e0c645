import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../common/pki/base64.ts';
import { createVerifier } from '../../../../../server/verification/index.ts';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import { virtualCardRoots } from '../../../../support/service-flow.ts';
import { SERVICE_ORIGIN } from '../service/helpers/real-service.ts';
import { CONTACT, expectWiped, toAuthenticatePin, typePin } from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * The whole flow over the real PcscService (fake binding, virtual card in process) and the real
 * service on loopback, for 1.7 (RSA) and 1.8 (ECDSA) cards: every step in order, what the
 * screens show, what the service ends up with, and that nothing personal is left after `done`.
 */
const startHarness = flowHarnessPerTest();

const HAPPY_STEPS = [
  'waitingForReader',
  'waitingForCard',
  'readingCard',
  'authenticatePin',
  'authenticating',
  'enterCodeAndContact',
  'bindingCode',
  'confirmData',
  'signPin',
  'signing',
  'submitting',
  'done',
];

describe('registration flow: success', () => {
  for (const cardId of ['citizen-1.7', 'citizen-1.8', 'foreigner-1.7', 'foreigner-1.8']) {
    it(`registers with a ${cardId} card, step by step, and forgets everything at the end`, async () => {
      const h = await startHarness();
      const pinStep = await toAuthenticatePin(h, cardId);
      expect(pinStep).toMatchObject({ pinTriesLeft: 3, pinpad: false, wrongPin: false });
      await typePin(h);
      const enrolment = await h.phoneEnrolment();
      await h.flow.submitDetails({ code: enrolment.code.toLowerCase(), ...CONTACT });
      const confirm = await h.until('confirmData');
      if (confirm.step !== 'confirmData') throw new Error('unreachable');
      expect(confirm.contact).toEqual({ email: CONTACT.email, phone: '+32470123456' });
      expect(confirm.holder.nationalNumber).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
      expect(confirm.holder.photo?.length).toBeGreaterThan(100);
      expect(confirm.codeExpiresAt).toBe(new Date(h.clock.now().getTime() + 15 * 60_000).toISOString());
      await h.flow.confirm();
      await h.until('signPin');
      await typePin(h);
      await h.until('done');

      expect(h.steps()).toEqual(HAPPY_STEPS);
      expect(pinVerifications(h.card!)).toBe(2);
      expect(await h.service.repository.countApplications()).toBe(1);
      const phone = await h.phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
      expect(phone.status).toBe('awaiting-confirmation');
      expectWiped(h);
      expect(h.owned.cards).toHaveLength(1);
      expect(h.slot.reader.calls.filter((c) => c.op === 'disconnect')).toEqual([
        { op: 'disconnect', disposition: 'reset' },
      ]);
      expect(h.card!.pinState.authenticationGranted).toBe(false);
    });
  }

  for (const cardId of ['citizen-1.7', 'citizen-1.8']) {
    it(`sends a Web eID token that the service's verifier accepts on its own (${cardId})`, async () => {
      const h = await startHarness();
      await toAuthenticatePin(h, cardId);
      await typePin(h);
      await h.until('enterCodeAndContact');
      const [sent] = h.record.authentications;
      if (!sent) throw new Error('no authentication was sent');
      expect(sent.request.token.format).toBe('web-eid:1.0');
      expect(sent.request.token.algorithm).toBe(cardId.endsWith('1.7') ? 'RS256' : 'ES384');
      const verifier = createVerifier({ trustAnchors: virtualCardRoots() });
      const input = {
        token: sent.request.token,
        caCertificate: decodeBase64(sent.request.caCertificate),
        origin: SERVICE_ORIGIN,
        nonce: sent.request.nonce,
        now: h.clock.now(),
      };
      expect(await verifier.authenticate(input)).toMatchObject({
        ok: true,
        nationalNumber: h.card!.image.nationalNumber,
      });
      const otherOrigin = await verifier.authenticate({ ...input, origin: 'https://evil.example' });
      expect(otherOrigin.ok).toBe(false);
    });
  }
});
