/**
 * Plays the wizard's part of a registration with a virtual card against a running service,
 * for a code shown by the device simulator page (until the wizard itself exists, issue #5):
 *
 *   npm run demo:register -- --code 4H8VN [--card citizen-1.8] [--service http://127.0.0.1:8480]
 *
 * The service must trust the virtual cards' test roots: `npm run test-roots` writes them and
 * prints the path to give the service in EIDW_TEST_ROOTS.
 */
import { parseArgs } from 'node:util';
import { httpApi, prepareDesktopRegistration, submit } from '../support/service-flow.ts';

const { values } = parseArgs({
  options: {
    code: { type: 'string' },
    card: { type: 'string', default: 'citizen-1.8' },
    service: { type: 'string', default: 'http://127.0.0.1:8480' },
    origin: { type: 'string' },
    email: { type: 'string', default: 'holder@example.be' },
    phone: { type: 'string' },
  },
});
if (!values.code) {
  console.error('usage: npm run demo:register -- --code <code from the simulator page> [--card citizen-1.8]');
  process.exit(2);
}
const api = httpApi(values.service);
try {
  const contact = { email: values.email, ...(values.phone ? { phone: values.phone } : {}) };
  const prepared = await prepareDesktopRegistration(api, values.card, values.code, {
    origin: values.origin ?? values.service,
    contact,
  });
  const answer = await submit(api, {
    ...prepared,
    enrolment: { enrolmentId: prepared.enrolmentId, code: values.code, pollToken: '' },
  });
  if (answer.status !== 201 && answer.status !== 200)
    throw new Error(`submit: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  console.log(`accepted: enrolment ${answer.body.enrolmentId}, application ${answer.body.applicationId}`);
  console.log('Continue on the phone: the simulator page now asks you to confirm.');
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
