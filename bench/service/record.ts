import { API_PATHS } from '../../common/api/paths.ts';
import { createRepository } from '../../server/storage/create-repository.ts';
import { HolderCards } from './holder-cards.ts';
import { SeededRandom } from './seeded-random.ts';
import { ORIGIN, serviceApp, type ServiceApp } from './service-app.ts';
import { WizardCard } from './wizard-card.ts';

/** The five requests of a registration, in order. */
export const STEPS = ['enrolment', 'session', 'authenticate', 'code', 'application'] as const;
export type Step = (typeof STEPS)[number];

/** One recorded request: the JSON body as the client sent it, and the status it got. */
export interface RecordedRequest {
  readonly step: Step;
  readonly url: string;
  readonly payload: string | undefined;
  readonly status: number;
}

/** Everything needed to replay one registration against a fresh service with the same seed. */
export interface RecordedRegistration {
  readonly cardId: string;
  /** The randomness stream the service draws this registration's ids and nonce from. */
  readonly stream: string;
  /** Client address (RFC 2544 benchmarking range), one per registration like real clients. */
  readonly remoteAddress: string;
  readonly requests: readonly RecordedRequest[];
}

/** `POST url` through inject(), JSON when there is a payload. */
export function post(app: ServiceApp, url: string, payload: string | undefined, remoteAddress: string) {
  return app.inject({
    method: 'POST',
    url,
    remoteAddress,
    ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
  });
}

/** 198.18.0.0/15 (RFC 2544), the i-th address. */
function benchmarkAddress(i: number): string {
  return `198.${18 + ((i >> 16) & 1)}.${(i >> 8) & 255}.${i & 255}`;
}

/**
 * Phase 1 (untimed): `count` whole registrations, one after the other, against a throwaway
 * service (same seed and configuration as the timed one, in-memory SQLite), cycling through
 * `cardIds`; the virtual card signs the token and the application here. Every request body is
 * recorded as sent. Each registration draws from its own randomness stream `<prefix>/<i>`.
 */
export async function recordRegistrations(
  seed: string,
  prefix: string,
  cardIds: readonly string[],
  count: number,
): Promise<RecordedRegistration[]> {
  const random = new SeededRandom(seed);
  const repository = await createRepository({ kind: 'sqlite', path: ':memory:' });
  const { app } = await serviceApp(repository, random);
  const cards = new Map(cardIds.map((id) => [id, new HolderCards(id)]));
  const recorded: RecordedRegistration[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const cardId = cardIds[i % cardIds.length]!;
      const stream = `${prefix}/${i}`;
      const remoteAddress = benchmarkAddress(i);
      const requests: RecordedRequest[] = [];
      const send = async (step: Step, url: string, status: number, body?: unknown) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const response = await post(app, url, payload, remoteAddress);
        if (response.statusCode !== status)
          throw new Error(
            `recording ${stream} (${cardId}) ${step}: HTTP ${response.statusCode} ${response.body}`,
          );
        requests.push({ step, url, payload, status });
        return response.json();
      };
      await random.run(stream, async () => {
        const enrolment = await send('enrolment', API_PATHS.enrolments, 201);
        const session = await send('session', API_PATHS.sessions, 201);
        const card = await WizardCard.insert(cards.get(cardId)!.image(stream));
        const authenticated = await send(
          'authenticate',
          API_PATHS.authenticate(session.sessionId),
          200,
          await card.authenticationBody(ORIGIN, session.nonce),
        );
        const sessionId: string = authenticated.sessionId;
        await send('code', API_PATHS.bindCode(sessionId), 200, { code: enrolment.code });
        const contact = { email: `holder${i}@example.be`, phone: '+32 470 12 34 56' };
        await send(
          'application',
          API_PATHS.application(sessionId),
          201,
          await card.submissionBody(sessionId, enrolment.enrolmentId, contact),
        );
      });
      recorded.push({ cardId, stream, remoteAddress, requests });
    }
  } finally {
    await app.close();
  }
  if (random.strayDraws > 0) throw new Error(`${random.strayDraws} random draws outside a registration`);
  return recorded;
}
