import { API_PATHS } from '../../../../common/api/paths.ts';
import {
  makeRegistration,
  type Registration,
  type RegistrationOptions,
} from '../../../support/registration-fixture.ts';
import {
  authenticationBody,
  injectApi,
  prepareRegistration,
  type ApiAnswer,
  type ApiCall,
  type FlowOptions,
  type PreparedRegistration,
} from '../../../support/service-flow.ts';
import { buildCardImage, type CardImage } from '../../../virtual-card/index.ts';
import type { AppUnderTest, CorpusClock } from './corpus-apps.ts';
import type { CorpusAnswer, CorpusRequest } from './corpus-types.ts';

/** What `POST /enrolments` answered: the phone's side of one enrolment. */
export interface StartedEnrolment {
  readonly enrolmentId: string;
  readonly code: string;
  readonly pollToken: string;
}

/** A session whose nonce the card signed: the authenticate request, ready to be broken. */
export interface AuthenticationAttempt {
  readonly enrolment: StartedEnrolment;
  readonly sessionId: string;
  readonly nonce: string;
  readonly registration: Registration;
  readonly url: string;
  readonly body: ReturnType<typeof authenticationBody>;
}

/** The contact every registration of the corpus carries. */
export const CONTACT = { email: 'holder@example.be', phone: '+32 470 12 34 56' } as const;

/** What an entry may use to build its attack. */
export interface CorpusContext {
  /** The origin the service expects tokens for. */
  readonly origin: string;
  readonly clock: CorpusClock;
  /** Preliminary requests, from this entry's own client address. */
  readonly api: ApiCall;
  /** Sends a request from this entry's client address, keeping the whole answer. */
  send(request: CorpusRequest): Promise<CorpusAnswer>;
  /** Remembers an enrolment whose status the runner checks afterwards. */
  track(enrolment: StartedEnrolment): void;
  /** `POST /enrolments` (tracked). */
  startEnrolment(): Promise<StartedEnrolment>;
  /** `POST /sessions`. */
  openSession(): Promise<{ sessionId: string; nonce: string }>;
  /** An enrolment and a session whose nonce `cardId` signed (`options` adjust the token). */
  authentication(cardId: string, options?: Partial<RegistrationOptions>): Promise<AuthenticationAttempt>;
  /** A session authenticated with `cardId` (the new id), no code bound yet. */
  authenticatedSession(cardId: string): Promise<string>;
  /** A valid registration up to the submission (enrolment tracked). */
  prepare(cardId: string, options?: Omit<FlowOptions, 'origin'>): Promise<PreparedRegistration>;
  /** A registration made by `cardId` with this origin and the corpus contact. */
  register(
    cardId: string,
    options: Pick<RegistrationOptions, 'nonce' | 'sessionId' | 'enrolmentId'> & Partial<RegistrationOptions>,
  ): Promise<Registration>;
  /** Another card's registration for no session at all (evidence to swap in), memoised. */
  other(cardId: string, photo?: boolean): Promise<Registration>;
}

function ok(answer: ApiAnswer, status: number, what: string): ApiAnswer['body'] {
  if (answer.status !== status)
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const images = new Map<string, CardImage>();

/** The image of the virtual card `cardId` (certificates, keys, files), memoised. */
export function cardImage(cardId: string): CardImage {
  let image = images.get(cardId);
  if (image === undefined) {
    image = buildCardImage(cardId);
    images.set(cardId, image);
  }
  return image;
}

/** Registrations of other cards, shared by every entry (they depend on no session). */
const others = new Map<string, Promise<Registration>>();

/** A context for one entry against `target`, from the client address `address`. */
export function createContext(
  target: AppUnderTest,
  clock: CorpusClock,
  address: string,
): { context: CorpusContext; tracked: StartedEnrolment[] } {
  const { app, config } = target;
  const origin = config.origin;
  const api = injectApi(app, address);
  const tracked: StartedEnrolment[] = [];

  const send = async (request: CorpusRequest): Promise<CorpusAnswer> => {
    const { body, contentType } = request;
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const type =
      contentType === undefined ? (payload === undefined ? null : 'application/json') : contentType;
    const response = await app.inject({
      method: request.method,
      url: request.url,
      payload,
      remoteAddress: address,
      headers: { ...(type === null ? {} : { 'content-type': type }), ...request.headers },
    });
    return { status: response.statusCode, headers: response.headers, text: response.body };
  };

  const register: CorpusContext['register'] = (cardId, options) =>
    makeRegistration(cardId, { origin, contact: CONTACT, ...options });

  const startEnrolment = async (): Promise<StartedEnrolment> => {
    const enrolment = ok(await api('POST', API_PATHS.enrolments), 201, 'start enrolment') as StartedEnrolment;
    tracked.push(enrolment);
    return enrolment;
  };
  const openSession = async () => ok(await api('POST', API_PATHS.sessions), 201, 'open session');

  const authentication: CorpusContext['authentication'] = async (cardId, options = {}) => {
    const enrolment = await startEnrolment();
    const { sessionId, nonce } = await openSession();
    const registration = await register(cardId, {
      nonce,
      sessionId,
      enrolmentId: enrolment.enrolmentId,
      ...options,
    });
    const url = API_PATHS.authenticate(sessionId);
    return { enrolment, sessionId, nonce, registration, url, body: authenticationBody(registration, nonce) };
  };

  const context: CorpusContext = {
    origin,
    clock,
    api,
    send,
    track: (enrolment) => void tracked.push(enrolment),
    startEnrolment,
    openSession,
    authentication,
    authenticatedSession: async (cardId) => {
      const { sessionId, nonce } = await openSession();
      const made = await register(cardId, { nonce, sessionId, enrolmentId: sessionId });
      const answer = await api('POST', API_PATHS.authenticate(sessionId), authenticationBody(made, nonce));
      return ok(answer, 200, 'authenticate').sessionId as string;
    },
    prepare: async (cardId, options = {}) => {
      const prepared = await prepareRegistration(api, cardId, { contact: CONTACT, ...options, origin });
      tracked.push(prepared.enrolment);
      return prepared;
    },
    register,
    other: (cardId, photo = false) => {
      const key = `${cardId}/${photo}`;
      let made = others.get(key);
      if (made === undefined) {
        const none = '00000000-0000-0000-0000-000000000000';
        made = register(cardId, { nonce: 'none', sessionId: none, enrolmentId: none, photo });
        others.set(key, made);
      }
      return made;
    },
  };
  return { context, tracked };
}
