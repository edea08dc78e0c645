import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../../common/api/paths.ts';
import { buildApp } from '../../../../server/app.ts';
import { createRepository } from '../../../../server/storage/create-repository.ts';
import type { Repository } from '../../../../server/storage/repository.ts';
import { createVerifier } from '../../../../server/verification/index.ts';
import {
  injectApi,
  prepareRegistration,
  submit,
  virtualCardRoots,
  type ApiCall,
} from '../../../support/service-flow.ts';
import { testConfig } from '../../../unit/server/helpers/test-app.ts';

/**
 * Whole registrations against the real service: the real verifier and SQLite, the phone side
 * through the device API, the wizard's side made by the virtual card in process.
 */
const ORIGIN = 'https://register.example.be';
let repository: Repository;
let api: ApiCall;
let close: () => Promise<void>;

beforeAll(async () => {
  repository = await createRepository({ kind: 'sqlite', path: ':memory:' });
  await repository.migrate();
  const verifier = createVerifier({ trustAnchors: virtualCardRoots() });
  const app = await buildApp({ config: testConfig({}), repository, verifier });
  api = injectApi(app);
  close = async () => {
    await app.close();
  };
});
afterAll(async () => {
  await close();
});

describe.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.8'])('a whole registration with %s', (cardId) => {
  it('is accepted once, shows the holder on the phone, and becomes active when confirmed', async () => {
    const prepared = await prepareRegistration(api, cardId, { origin: ORIGIN, photo: true });
    const before = await repository.countApplications();
    const first = await submit(api, prepared);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.enrolmentId).toBe(prepared.enrolment.enrolmentId);
    const again = await submit(api, prepared);
    expect(again.status).toBe(200);
    expect(again.body.applicationId).toBe(first.body.applicationId);
    expect(await repository.countApplications()).toBe(before + 1);

    const bearer = { authorization: `Bearer ${prepared.enrolment.pollToken}` };
    const polled = await api('GET', API_PATHS.enrolment(prepared.enrolment.enrolmentId), undefined, bearer);
    expect(polled.body.status).toBe('awaiting-confirmation');
    expect(polled.body.holderName).toContain(prepared.registration.application.applicant.surname);
    const confirmed = await api(
      'POST',
      API_PATHS.confirmEnrolment(prepared.enrolment.enrolmentId),
      undefined,
      bearer,
    );
    expect(confirmed.body.status).toBe('active');
  });
});
