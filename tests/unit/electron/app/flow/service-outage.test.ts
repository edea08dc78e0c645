import { describe, expect, it } from 'vitest';
import { pinVerifications } from '../../../../support/flow-card-slot.ts';
import type { FlowHarness } from '../../../../support/flow-harness.ts';
import {
  CITIZEN_CARDS,
  CONTACT,
  detailsToConfirm,
  toAuthenticatePin,
  toDetails,
  toSignPin,
  typePin,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * The service going away (registration-flow.md "The service": submitting is idempotent): a
 * signed application is sent again without a PIN and stored once; other steps go back to where
 * the person can try again without starting over.
 */
const startHarness = flowHarnessPerTest();

/** The holder's enrolment as the phone sees it, and how many applications the service stored. */
async function stored(h: FlowHarness, enrolment: { enrolmentId: string; pollToken: string }) {
  const phone = await h.phone.pollEnrolment(enrolment.enrolmentId, enrolment.pollToken);
  return { status: phone.status, applications: await h.service.repository.countApplications() };
}

/** To the signing PIN with the code of `enrolment`. */
async function toSignPinWith(h: FlowHarness, cardId: string) {
  await toDetails(h, cardId);
  const enrolment = await h.phoneEnrolment();
  await h.flow.submitDetails({ code: enrolment.code, ...CONTACT });
  await h.flow.confirm();
  await h.until('signPin');
  return enrolment;
}

describe('service outage', () => {
  for (const cardId of CITIZEN_CARDS) {
    it(`resubmits after the service was down, without a PIN, and it stores one application (${cardId})`, async () => {
      const h = await startHarness({ proxy: true });
      const enrolment = await toSignPinWith(h, cardId);
      h.proxy!.down();
      await typePin(h);
      expect(h.flow.snapshot).toMatchObject({
        step: 'error',
        error: { code: 'service-unreachable', category: 'service', retryTo: 'submitting' },
      });
      expect(await stored(h, enrolment)).toEqual({ status: 'pending', applications: 0 });
      h.proxy!.up();
      await h.flow.retry();
      expect(h.flow.snapshot.step).toBe('done');
      expect(h.snapshots.at(-2)).toMatchObject({ step: 'submitting', attempt: 2 });
      expect(h.steps().slice(-3)).toEqual(['error', 'submitting', 'done']);
      expect(pinVerifications(h.card!)).toBe(2);
      expect(await stored(h, enrolment)).toEqual({ status: 'awaiting-confirmation', applications: 1 });
    });
  }

  it('stores one application when every answer to it was lost and the flow sends it again', async () => {
    const h = await startHarness({ proxy: true });
    const enrolment = await toSignPinWith(h, 'citizen-1.8');
    h.proxy!.loseAnswers(4); // the client's own 4 attempts: stored by the first, every answer lost
    await typePin(h);
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { retryTo: 'submitting' } });
    expect(await stored(h, enrolment)).toEqual({ status: 'awaiting-confirmation', applications: 1 });
    await h.flow.retry();
    expect(h.flow.snapshot.step).toBe('done');
    expect(h.proxy!.answersLost).toBe(4);
    expect(h.record.submissions).toHaveLength(2);
    expect(h.record.submissions[1]).toEqual(h.record.submissions[0]);
    expect(await stored(h, enrolment)).toEqual({ status: 'awaiting-confirmation', applications: 1 });
  });

  it('goes back to the details when the service is down while binding the code', async () => {
    const h = await startHarness({ proxy: true });
    await toDetails(h, 'citizen-1.7');
    const code = await h.phoneCode();
    h.proxy!.down();
    await h.flow.submitDetails({ code, ...CONTACT });
    expect(h.flow.snapshot).toMatchObject({ step: 'error', error: { code: 'service-unreachable' } });
    h.proxy!.up();
    await h.flow.retry();
    expect(h.flow.snapshot).toMatchObject({ step: 'enterCodeAndContact', contact: { email: CONTACT.email } });
    await h.flow.submitDetails({ code, ...CONTACT });
    expect(h.flow.snapshot.step).toBe('confirmData');
    expect(pinVerifications(h.card!)).toBe(1);
  });

  it('asks for the PIN again when the service is down while authenticating', async () => {
    const h = await startHarness({ proxy: true });
    await toAuthenticatePin(h, 'citizen-1.8');
    h.proxy!.down();
    await typePin(h);
    expect(h.flow.snapshot).toMatchObject({
      step: 'error',
      error: { code: 'service-unreachable', retryTo: 'authenticatePin' },
    });
    h.proxy!.up();
    await h.flow.retry();
    expect(h.flow.snapshot).toMatchObject({ step: 'authenticatePin', wrongPin: false });
    await typePin(h);
    await h.until('enterCodeAndContact');
    await detailsToConfirm(h);
  });

  it('authenticates again when the service session expired before the submission', async () => {
    const h = await startHarness({ service: { sessionLifetimeSeconds: 60 } });
    await toSignPin(h, 'citizen-1.7');
    h.clock.advance(61_000);
    await typePin(h);
    expect(h.flow.snapshot).toMatchObject({
      step: 'error',
      error: { code: 'session-expired', retryTo: 'authenticatePin' },
    });
    await h.flow.retry();
    await h.until('authenticatePin');
    await typePin(h);
    await h.until('enterCodeAndContact');
    await detailsToConfirm(h);
    await h.flow.confirm();
    await h.until('signPin');
    await typePin(h);
    await h.until('done');
    expect(await h.service.repository.countApplications()).toBe(1);
  });
});
