import { normaliseRegistrationCode } from '../../../common/api/index.ts';
import { checkEmail, checkPhone } from '../../../common/flow/contact.ts';
import type { FlowError } from '../../../common/flow/flow-errors.ts';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { FlowStep } from '../../../common/flow/steps.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import { ContractError } from '../../../common/ipc/index.ts';
import { BelpicError } from '../../../native/belpic/index.ts';
import type { PcscService } from '../../../native/pcsc/index.ts';
import { openCardSession } from '../card/card-session.ts';
import { ServiceClientError } from '../service/service-client-error.ts';
import type { ServiceClient } from '../service/service-client.ts';
import { authenticateWithCard } from './authenticate-with-card.ts';
import { isCardGone, toFlowFailure } from './error-mapping.ts';
import { wipeFlowData, type FlowData } from './flow-data.ts';
import { FlowFailure } from './flow-failure.ts';
import { holderView } from './holder-view.ts';
import { pinEntry, takePin } from './pin.ts';
import { readerToRead, readerViews } from './reader-views.ts';
import { readRegistrationCard } from './registration-card.ts';
import { signApplication } from './sign-application.ts';

/** What the flow needs from the rest of main. */
export interface RegistrationFlowOptions {
  readonly pcsc: PcscService;
  readonly service: ServiceClient;
  /** Belgian root CAs (pinned), or the virtual cards' roots in tests. */
  readonly trustAnchors: readonly Uint8Array[];
  /** The origin Web eID tokens are signed for; default the service's origin. */
  readonly origin?: string;
  /** Sent in the token (`appVersion`), e.g. the release URL. */
  readonly appVersion: string;
  readonly language?: Language;
  readonly now?: () => Date;
  /** While the flow waits for the person: after this long it wipes itself. Default 10 min; 0 = never. */
  readonly idleTimeoutMs?: number;
}

/** A snapshot without the fields every snapshot has. */
type StepState = FlowSnapshot extends infer S
  ? S extends FlowSnapshot
    ? Omit<S, 'seq' | 'language'>
    : never
  : never;

/** Steps in which the card must stay in: removing it stops the registration. */
const CARD_NEEDED: ReadonlySet<FlowStep> = new Set([
  'readingCard',
  'authenticatePin',
  'authenticating',
  'enterCodeAndContact',
  'bindingCode',
  'confirmData',
  'signPin',
  'signing',
]);
/** Steps that wait for the person (the idle timeout runs). */
const WAITING_FOR_PERSON: ReadonlySet<FlowStep> = new Set([
  'authenticatePin',
  'enterCodeAndContact',
  'confirmData',
  'signPin',
]);
/** Steps that follow the readers by themselves. */
const WATCHING_READERS: ReadonlySet<FlowStep> = new Set([
  'waitingForReader',
  'waitingForCard',
  'cardRemoved',
]);

const DEFAULT_IDLE_MS = 10 * 60 * 1000;

const notNow = (): ContractError => new ContractError({ code: 'not-allowed-now', category: 'flow' });

/**
 * The registration flow (architecture.md "The flow lives in main"; registration-flow.md): a
 * state machine that owns the card session, what was read, the service session and the signed
 * application; takes the person's intents as commands; and publishes one snapshot per change.
 * Card removal, reader and PC/SC loss, cancel and the idle timeout are handled in every step;
 * every failure is a typed {@link FlowError} with the step a retry goes back to. Everything
 * personal is forgotten through one `wipe()`.
 */
export class RegistrationFlow {
  readonly #options: RegistrationFlowOptions;
  readonly #listeners = new Set<(snapshot: FlowSnapshot) => void>();
  readonly #data: FlowData = {};
  #state: StepState = { step: 'welcome' };
  #seq = 0;
  #language: Language;
  #chosenReader: string | undefined;
  /** Bumped by every wipe: a task that started before one must not touch the new state. */
  #generation = 0;
  #abort = new AbortController();
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: () => void;

  constructor(options: RegistrationFlowOptions) {
    this.#options = options;
    this.#language = options.language ?? 'en';
    this.#unsubscribe = options.pcsc.onEvent((event) => {
      if (event.type === 'card-removed' || event.type === 'reader-removed') this.#cardLeft(event.reader);
      if (event.type === 'service-state' && event.state !== 'available') this.#cardLeft(undefined);
      this.#followReaders();
    });
  }

  /** The current snapshot. */
  get snapshot(): FlowSnapshot {
    return { ...this.#state, seq: this.#seq, language: this.#language } as FlowSnapshot;
  }

  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts (or restarts, from `welcome`, `done` or `error`) with the reader and card checks. */
  async start(): Promise<void> {
    if (!['welcome', 'done', 'error'].includes(this.#state.step)) throw notNow();
    await this.#wipe();
    this.#set({ step: 'waitingForReader', pcscAvailable: this.#options.pcsc.state === 'available' });
    this.#followReaders();
  }

  /** The language of the screens, the application and the PIN pad prompt. */
  setLanguage(language: Language): void {
    this.#language = language;
    this.#publish();
  }

  /** The person picked the reader to use (several hold a card). */
  chooseReader(reader: string): void {
    if (this.#state.step !== 'waitingForCard') throw notNow();
    this.#chosenReader = reader;
    this.#followReaders();
  }

  /**
   * The PIN for the current PIN step (`authenticatePin` or `signPin`); `undefined` on a PIN pad
   * reader (typed there). Used once, zero-filled after, never retried.
   */
  async submitPin(typed: Uint8Array | undefined): Promise<void> {
    const step = this.#state.step;
    if (step !== 'authenticatePin' && step !== 'signPin') {
      typed?.fill(0);
      throw notNow();
    }
    const digits = typed === undefined ? undefined : takePin(typed);
    if (typed !== undefined && digits === undefined)
      throw new ContractError({ code: 'pin-format', category: 'flow' });
    if (digits === undefined && !this.#state.pinpad)
      throw new ContractError({ code: 'pin-format', category: 'flow' });
    try {
      if (step === 'authenticatePin') await this.#authenticate(digits);
      else await this.#sign(digits);
    } finally {
      digits?.fill(0);
    }
  }

  /** The registration code and contact data (step 4). */
  async submitDetails(details: { code: string; email: string; phone?: string }): Promise<void> {
    if (this.#state.step !== 'enterCodeAndContact') throw notNow();
    const email = checkEmail(details.email);
    const phone = checkPhone(details.phone ?? '');
    const problem = 'problem' in email ? email.problem : 'problem' in phone ? phone.problem : undefined;
    if (problem !== undefined) return this.#set({ ...this.#state, contactProblem: problem });
    this.#data.contact = {
      email: (email as { email: string }).email,
      ...((phone as { phone?: string }).phone === undefined
        ? {}
        : { phone: (phone as { phone: string }).phone }),
    };
    if (this.#data.enrolmentId !== undefined) return this.#toConfirm();
    const code = normaliseRegistrationCode(details.code);
    if (code === undefined) {
      const { contactProblem: _, ...rest } = this.#state;
      return this.#set({ ...rest, codeProblem: 'malformed' });
    }
    await this.#task('bindingCode', { step: 'bindingCode' }, async (signal) => {
      try {
        const bound = await this.#options.service.bindCode(this.#data.sessionId!, code, { signal });
        this.#data.enrolmentId = bound.enrolmentId;
        this.#data.codeExpiresAt = bound.expiresAt;
        this.#toConfirm();
      } catch (error) {
        if (error instanceof ServiceClientError && error.apiCode === 'code-invalid') {
          return this.#set({
            step: 'enterCodeAndContact',
            codeBound: false,
            codeProblem: 'unknown',
            ...(this.#data.contact ? { contact: this.#data.contact } : {}),
            ...(error.triesLeft === undefined ? {} : { codeTriesLeft: error.triesLeft }),
          });
        }
        if (error instanceof ServiceClientError && error.apiCode === 'code-malformed') {
          return this.#set({ step: 'enterCodeAndContact', codeBound: false, codeProblem: 'malformed' });
        }
        throw error;
      }
    });
  }

  /** "I confirm that all information provided is correct" (step 5). */
  async confirm(): Promise<void> {
    if (this.#state.step !== 'confirmData') throw notNow();
    const status = await this.#data.cardSession!.card.pinStatus().catch((error: unknown) => {
      throw this.#fail(error, 'confirmData');
    });
    if (status.kind === 'blocked') return void this.#fail(new FlowFailure('pin-blocked'), undefined);
    if (status.kind === 'tries-left') this.#data.pinTriesLeft = status.triesLeft;
    this.#set({
      step: 'signPin',
      pinTriesLeft: this.#data.pinTriesLeft ?? 3,
      pinpad: this.#pinpad(),
      wrongPin: false,
      codeExpiresAt: this.#data.codeExpiresAt!,
    });
  }

  /** Back from the confirmation to the details (contact data can change; the code stays bound). */
  back(): void {
    if (this.#state.step !== 'confirmData' && this.#state.step !== 'signPin') throw notNow();
    this.#set(this.#detailsState());
  }

  /** "Try again" on an error: goes to the step the error names. */
  async retry(): Promise<void> {
    if (this.#state.step !== 'error') throw notNow();
    const target = this.#state.error.retryTo;
    if (target === undefined || target === 'welcome') return this.start();
    if (target === 'submitting' && this.#data.signed !== undefined) return this.#submit();
    if (target === 'authenticatePin' && this.#data.card !== undefined) {
      delete this.#data.opened;
      delete this.#data.sessionId;
      delete this.#data.enrolmentId;
      return this.#toAuthenticatePin(false);
    }
    if (target === 'enterCodeAndContact' && this.#data.sessionId !== undefined) {
      delete this.#data.enrolmentId;
      return this.#set(this.#detailsState());
    }
    await this.#wipe();
    this.#set({ step: 'waitingForReader', pcscAvailable: this.#options.pcsc.state === 'available' });
    this.#followReaders();
  }

  /** Stops, forgets everything and returns to the start. */
  async cancel(): Promise<void> {
    await this.#wipe();
    this.#set({ step: 'welcome' });
  }

  /** Forgets everything (kiosk wipe) and stops following the readers. */
  async dispose(): Promise<void> {
    this.#unsubscribe();
    await this.#wipe();
    this.#listeners.clear();
  }

  // ---- steps ----

  #followReaders(): void {
    if (!WATCHING_READERS.has(this.#state.step)) return;
    const { pcsc } = this.#options;
    if (pcsc.state !== 'available') return this.#set({ step: 'waitingForReader', pcscAvailable: false });
    const readers = readerViews(pcsc.readers());
    if (readers.length === 0) return this.#set({ step: 'waitingForReader', pcscAvailable: true });
    if (this.#chosenReader !== undefined && !readers.some((r) => r.name === this.#chosenReader))
      this.#chosenReader = undefined;
    const reader = readerToRead(readers, this.#chosenReader);
    if (this.#state.step === 'cardRemoved' && reader === undefined) return;
    if (reader !== undefined) return void this.#readCard(reader);
    this.#set({
      step: 'waitingForCard',
      readers,
      ...(this.#chosenReader === undefined ? {} : { chosenReader: this.#chosenReader }),
    });
  }

  async #readCard(reader: string): Promise<void> {
    this.#data.reader = reader;
    await this.#task('waitingForCard', { step: 'readingCard', reader }, async () => {
      const session = await openCardSession(this.#options.pcsc, reader);
      this.#data.cardSession = session;
      const status = session.card.identification.pinStatus;
      if (status.kind === 'blocked') throw new FlowFailure('pin-blocked');
      this.#data.pinTriesLeft = status.kind === 'tries-left' ? status.triesLeft : 3;
      this.#data.card = await readRegistrationCard(session.card, this.#options.trustAnchors, this.#now());
      this.#toAuthenticatePin(false);
    });
  }

  async #authenticate(digits: Uint8Array | undefined): Promise<void> {
    await this.#task(
      'authenticatePin',
      { step: 'authenticating', pinpad: this.#pinpad() },
      async (signal) => {
        const { service } = this.#options;
        if (this.#data.opened === undefined || new Date(this.#data.opened.expiresAt) <= this.#now())
          this.#data.opened = await service.openSession({ signal });
        try {
          const authenticated = await authenticateWithCard({
            card: this.#data.cardSession!.card,
            registrationCard: this.#data.card!,
            service,
            origin: this.#options.origin ?? service.origin,
            session: this.#data.opened,
            pin: pinEntry(digits, this.#language),
            appVersion: this.#options.appVersion,
            signal,
          });
          delete this.#data.opened; // its nonce is spent
          this.#data.sessionId = authenticated.sessionId;
          this.#set(this.#detailsState());
        } catch (error) {
          if (this.#wrongPin(error)) return this.#toAuthenticatePin(true);
          if (error instanceof ServiceClientError) delete this.#data.opened; // a refused or unknown nonce
          throw error;
        }
      },
    );
  }

  async #sign(digits: Uint8Array | undefined): Promise<void> {
    await this.#task('signPin', { step: 'signing', pinpad: this.#pinpad() }, async () => {
      try {
        this.#data.signed = await signApplication({
          card: this.#data.cardSession!.card,
          registrationCard: this.#data.card!,
          sessionId: this.#data.sessionId!,
          enrolmentId: this.#data.enrolmentId!,
          contact: this.#data.contact!,
          language: this.#language,
          now: this.#now(),
          pin: pinEntry(digits, this.#language),
        });
      } catch (error) {
        if (this.#wrongPin(error)) {
          return this.#set({
            step: 'signPin',
            pinTriesLeft: this.#data.pinTriesLeft!,
            pinpad: this.#pinpad(),
            wrongPin: true,
            codeExpiresAt: this.#data.codeExpiresAt!,
          });
        }
        throw error;
      }
      // The card is not needed any more: release it now, so that pulling it changes nothing.
      const session = this.#data.cardSession;
      delete this.#data.cardSession;
      await session?.close().catch(() => undefined);
      await this.#submit();
    });
  }

  async #submit(): Promise<void> {
    const attempt = (this.#data.submitAttempts ?? 0) + 1;
    this.#data.submitAttempts = attempt;
    await this.#task('submitting', { step: 'submitting', attempt }, async (signal) => {
      await this.#options.service.submitApplication(this.#data.sessionId!, this.#data.signed!.request, {
        signal,
      });
      await wipeFlowData(this.#data);
      this.#set({ step: 'done' });
    });
  }

  // ---- helpers ----

  /**
   * Shows `busy`, runs `work`, and turns what it throws into the `error` step (with `retryTo`
   * for transient failures). A card that left during the work becomes `cardRemoved`. Results
   * of work overtaken by a wipe (cancel, card removal, timeout) are dropped.
   */
  async #task(
    retryTo: FlowError['retryTo'],
    busy: StepState,
    work: (signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    const generation = this.#generation;
    const signal = this.#abort.signal;
    this.#set(busy);
    try {
      await work(signal);
    } catch (error) {
      if (generation !== this.#generation) return;
      if (isCardGone(error) && CARD_NEEDED.has(this.#state.step)) return this.#cardLeft(this.#data.reader);
      this.#fail(error, retryTo);
    }
  }

  #fail(error: unknown, retryTo: FlowError['retryTo']): FlowFailure {
    const failure = toFlowFailure(error, retryTo);
    const keep = failure.error.retryTo !== undefined && failure.error.retryTo !== 'waitingForCard';
    if (!keep) void this.#wipe();
    this.#set({ step: 'error', error: failure.error });
    return failure;
  }

  #wrongPin(error: unknown): boolean {
    if (!(error instanceof BelpicError)) return false;
    if (error.code === 'wrong-pin') {
      this.#data.pinTriesLeft = error.details.triesLeft ?? Math.max(0, (this.#data.pinTriesLeft ?? 1) - 1);
      return true;
    }
    return error.code === 'pinpad-timeout' || error.code === 'pinpad-cancelled';
  }

  #cardLeft(reader: string | undefined): void {
    if (!CARD_NEEDED.has(this.#state.step)) return;
    if (reader !== undefined && reader !== this.#data.reader) return;
    void this.#wipe();
    this.#set({ step: 'cardRemoved' });
  }

  #toAuthenticatePin(wrongPin: boolean): void {
    this.#set({
      step: 'authenticatePin',
      pinTriesLeft: this.#data.pinTriesLeft ?? 3,
      pinpad: this.#pinpad(),
      wrongPin,
    });
  }

  #toConfirm(): void {
    this.#set({
      step: 'confirmData',
      holder: holderView(this.#data.card!.identity, this.#data.card!.files.photo),
      contact: this.#data.contact!,
      codeExpiresAt: this.#data.codeExpiresAt!,
    });
  }

  #detailsState(): StepState {
    return {
      step: 'enterCodeAndContact',
      codeBound: this.#data.enrolmentId !== undefined,
      ...(this.#data.contact === undefined ? {} : { contact: this.#data.contact }),
      ...(this.#data.codeExpiresAt === undefined ? {} : { codeExpiresAt: this.#data.codeExpiresAt }),
    };
  }

  #pinpad(): boolean {
    return this.#data.cardSession?.connection.pinpad !== undefined;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  async #wipe(): Promise<void> {
    this.#generation++;
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#chosenReader = undefined;
    await wipeFlowData(this.#data);
  }

  #set(state: StepState): void {
    this.#state = state;
    this.#armIdleTimer();
    this.#publish();
  }

  #publish(): void {
    this.#seq++;
    const snapshot = this.snapshot;
    for (const listener of [...this.#listeners]) listener(snapshot);
  }

  #armIdleTimer(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    const ms = this.#options.idleTimeoutMs ?? DEFAULT_IDLE_MS;
    if (ms <= 0 || !WAITING_FOR_PERSON.has(this.#state.step)) return;
    this.#idleTimer = setTimeout(() => {
      void this.#wipe();
      this.#set({ step: 'error', error: new FlowFailure('idle-timeout').error });
    }, ms);
    this.#idleTimer.unref?.();
  }
}
