import { normaliseRegistrationCode } from '../../../common/api/index.ts';
import { checkContact } from '../../../common/flow/contact.ts';
import type { FlowError } from '../../../common/flow/flow-errors.ts';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import { ContractError } from '../../../common/ipc/index.ts';
import type { PinStatus } from '../../../native/belpic/index.ts';
import { openCardSession, type CardSession } from '../card/card-session.ts';
import { ServiceClientError } from '../service/service-client-error.ts';
import { authenticateWithCard } from './authenticate-with-card.ts';
import { codeRefusal } from './code-refusal.ts';
import { isCardGone, toFlowFailure } from './error-mapping.ts';
import { forgetServiceSession, wipeFlowData, type FlowData } from './flow-data.ts';
import { FlowFailure } from './flow-failure.ts';
import { FlowStore, type StepState } from './flow-store.ts';
import { IdleTimer } from './idle-timer.ts';
import type { RegistrationFlowOptions } from './flow-options.ts';
import { pinEntry, pinRefusal, takePin, triesOfStatus } from './pin.ts';
import { readerDecision } from './reader-views.ts';
import { readRegistrationCard, wipeRegistrationCard } from './registration-card.ts';
import { signApplication, wipeSignedApplication, type SignedApplication } from './sign-application.ts';
import { CARD_NEEDED, RESUMABLE, WAITING_FOR_PERSON, WATCHING_READERS } from './step-sets.ts';
import { confirmState, detailsState, pinState } from './step-states.ts';

export type { RegistrationFlowOptions } from './flow-options.ts';

const DEFAULT_IDLE_MS = 10 * 60 * 1000;
/** WCAG 2.2.1 asks for at least 20 s to react to a timeout warning. */
const DEFAULT_IDLE_WARNING_MS = 30 * 1000;

const notNow = (): ContractError => new ContractError({ code: 'not-allowed-now', category: 'flow' });
const pinFormat = (): ContractError => new ContractError({ code: 'pin-format', category: 'flow' });

/**
 * The registration flow (architecture.md "The flow lives in main"; registration-flow.md): a
 * state machine that owns the card session, what was read, the service session and the signed
 * application; takes the person's intents as commands; and publishes one snapshot per change.
 * Card removal, reader and PC/SC loss, cancel and the idle timeout are handled in every step;
 * every failure is a typed {@link FlowError} with the step a retry goes back to. Everything
 * personal is forgotten through one `wipe()`, which also aborts the work under way: each step
 * checks its `signal` after every wait, so that a card or service answering after a wipe
 * cannot bring the flow (or the data) back.
 */
export class RegistrationFlow {
  readonly #options: RegistrationFlowOptions;
  readonly #data: FlowData = {};
  readonly #idle: IdleTimer;
  readonly #store: FlowStore;
  #chosenReader: string | undefined;
  /** Replaced by every wipe: work started before one sees its signal aborted. */
  #abort = new AbortController();
  #unsubscribe: () => void;

  constructor(options: RegistrationFlowOptions) {
    this.#options = options;
    this.#store = new FlowStore(options.language ?? 'en', () => this.#idle.arm(this.#waitingForPerson()));
    this.#idle = new IdleTimer({
      timeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_MS,
      warningMs: options.idleWarningMs ?? DEFAULT_IDLE_WARNING_MS,
      warn: (remainingMs) =>
        this.#store.setIdleWarning(new Date(this.#now().getTime() + remainingMs).toISOString()),
      fire: () => void this.#wipeAnd({ step: 'error', error: new FlowFailure('idle-timeout').error }),
    });
    this.#unsubscribe = options.pcsc.onEvent((event) => {
      if (event.type === 'card-removed' || event.type === 'reader-removed') this.#cardLeft(event.reader);
      if (event.type === 'service-state' && event.state !== 'available') this.#cardLeft(undefined);
      this.#followReaders();
    });
  }

  /** The current snapshot. */
  get snapshot(): FlowSnapshot {
    return this.#store.snapshot;
  }

  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: FlowSnapshot) => void): () => void {
    return this.#store.onSnapshot(listener);
  }

  /** Starts (or restarts, from `welcome`, `done` or `error`) with the reader and card checks. */
  async start(): Promise<void> {
    if (!['welcome', 'done', 'error'].includes(this.#store.state.step)) throw notNow();
    await this.#wipeAnd({
      step: 'waitingForReader',
      pcscAvailable: this.#options.pcsc.state === 'available',
    });
    this.#followReaders();
  }

  /** The language of the screens, the application and the PIN pad prompt. */
  setLanguage(language: Language): void {
    this.#store.setLanguage(language);
  }

  /** The person picked the reader to use (several hold a card). */
  chooseReader(reader: string): void {
    if (this.#store.state.step !== 'waitingForCard') throw notNow();
    this.#chosenReader = reader;
    this.#followReaders();
  }

  /**
   * The PIN for the current PIN step (`authenticatePin` or `signPin`); `undefined` on a PIN pad
   * reader (typed there). Used once, zero-filled after, never retried.
   */
  async submitPin(typed: Uint8Array | undefined): Promise<void> {
    const step = this.#store.state.step;
    if (step !== 'authenticatePin' && step !== 'signPin') {
      typed?.fill(0);
      throw notNow();
    }
    const digits = typed === undefined ? undefined : takePin(typed);
    if (typed !== undefined && digits === undefined) throw pinFormat();
    if (digits === undefined && !this.#store.state.pinpad) throw pinFormat();
    try {
      if (step === 'authenticatePin') await this.#authenticate(digits);
      else await this.#sign(digits);
    } finally {
      digits?.fill(0);
    }
  }

  /** The registration code and contact data (step 4). */
  async submitDetails(details: { code: string; email: string; phone?: string }): Promise<void> {
    if (this.#store.state.step !== 'enterCodeAndContact') throw notNow();
    const checked = checkContact(details.email, details.phone);
    if ('problem' in checked) {
      // The code was not looked at: a problem reported for an earlier code would mislead.
      const { codeProblem: _, ...rest } = this.#store.state;
      return this.#set({ ...rest, contactProblem: checked.problem });
    }
    this.#data.contact = checked.contact;
    if (this.#data.enrolmentId !== undefined) return this.#set(confirmState(this.#data));
    const code = normaliseRegistrationCode(details.code);
    if (code === undefined) {
      const { contactProblem: _, ...rest } = this.#store.state;
      return this.#set({ ...rest, codeProblem: 'malformed' });
    }
    // A failure to reach the service goes back to this screen (the session is still good).
    await this.#task('enterCodeAndContact', { step: 'bindingCode' }, async (signal) => {
      try {
        const bound = await this.#options.service.bindCode(this.#data.sessionId!, code, { signal });
        signal.throwIfAborted();
        this.#data.enrolmentId = bound.enrolmentId;
        this.#data.codeExpiresAt = bound.expiresAt;
        this.#set(confirmState(this.#data));
      } catch (error) {
        const refused = signal.aborted ? undefined : codeRefusal(error, this.#data.contact);
        if (refused === undefined) throw error;
        this.#set(refused);
      }
    });
  }

  /** "I confirm that all information provided is correct" (step 5). */
  async confirm(): Promise<void> {
    if (this.#store.state.step !== 'confirmData') throw notNow();
    const signal = this.#abort.signal;
    let status: PinStatus;
    try {
      status = await this.#data.cardSession!.card.pinStatus();
    } catch (error) {
      if (!signal.aborted) this.#failed(error, 'confirmData');
      return;
    }
    // Dropped when the flow moved on meanwhile (wiped, card pulled, "back", a second confirm).
    if (signal.aborted || this.#store.state.step !== 'confirmData') return;
    try {
      this.#data.pinTriesLeft = triesOfStatus(status);
    } catch (error) {
      return this.#failed(error, undefined);
    }
    this.#set(pinState('signPin', this.#data, this.#pinpad(), false));
  }

  /** Back from the confirmation to the details (contact data can change; the code stays bound). */
  back(): void {
    if (this.#store.state.step !== 'confirmData' && this.#store.state.step !== 'signPin') throw notNow();
    this.#set(detailsState(this.#data));
  }

  /** "Try again" on an error: goes to the step the error names, or starts over. */
  async retry(): Promise<void> {
    if (this.#store.state.step !== 'error') throw notNow();
    const target = this.#store.state.error.retryTo;
    if (target === 'submitting' && this.#data.signed !== undefined) return this.#submit();
    if (target === 'authenticatePin' && this.#data.card !== undefined) return this.#authenticateAgain();
    if (target === 'enterCodeAndContact' && this.#data.sessionId !== undefined)
      return this.#set(detailsState(this.#data));
    return this.start();
  }

  /**
   * The person is still there ("I need more time" on the idle warning, or typing): clears the
   * warning and counts the full idle timeout again. Nothing while the flow itself works (no
   * timeout runs then), so a late or repeated call is harmless.
   */
  stillHere(): void {
    if (!this.#waitingForPerson()) return;
    this.#idle.arm(true);
    this.#store.setIdleWarning(undefined);
  }

  /** Stops, forgets everything and returns to the start (at once; the card is closed after). */
  async cancel(): Promise<void> {
    await this.#wipeAnd({ step: 'welcome' });
  }

  /** Forgets everything (kiosk wipe) and stops following the readers. */
  async dispose(): Promise<void> {
    this.#unsubscribe();
    this.#idle.stop();
    this.#store.clear();
    await this.#wipe();
  }

  // ---- steps ----

  #followReaders(): void {
    const step = this.#store.state.step;
    if (!WATCHING_READERS.has(step)) return;
    const decision = readerDecision(this.#options.pcsc, this.#chosenReader, this.#options.reader);
    if (decision.kind === 'read') return void this.#readCard(decision.reader);
    this.#chosenReader = decision.chosen;
    // "Card removed" stays on screen until a card can be read (or PC/SC or the readers go).
    if (step === 'cardRemoved' && decision.state.step === 'waitingForCard') return;
    this.#set(decision.state);
  }

  async #readCard(reader: string): Promise<void> {
    this.#data.reader = reader;
    await this.#task('waitingForCard', { step: 'readingCard', reader }, async (signal) => {
      const session = await this.#connect(reader, signal);
      this.#data.cardSerial = session.card.identification.cardData.serialHex;
      this.#data.pinTriesLeft = triesOfStatus(session.card.identification.pinStatus);
      const card = await readRegistrationCard(session.card, this.#options.trustAnchors, this.#now());
      this.#options.inspect?.cardRead?.(card);
      if (signal.aborted) wipeRegistrationCard(card); // read for a flow that was wiped meanwhile
      signal.throwIfAborted();
      this.#data.card = card;
      this.#set(pinState('authenticatePin', this.#data, this.#pinpad(), false));
    });
  }

  /**
   * Back to the first PIN for a new service session, after the old one was lost (expired,
   * closed after 5 wrong codes, or bound to a code that expired): what belonged to it is
   * forgotten, the card's files and the contact data stay. The card was released after
   * signing: it is then opened again, and must be the same card (`card-changed` otherwise).
   */
  async #authenticateAgain(): Promise<void> {
    forgetServiceSession(this.#data);
    if (this.#data.cardSession?.connection.state === 'open')
      return this.#set(pinState('authenticatePin', this.#data, this.#pinpad(), false));
    const reader = this.#data.reader!;
    await this.#task('waitingForCard', { step: 'readingCard', reader }, async (signal) => {
      const session = await this.#connect(reader, signal);
      if (session.card.identification.cardData.serialHex !== this.#data.cardSerial)
        throw new FlowFailure('card-changed', { retryTo: 'waitingForCard' });
      this.#data.pinTriesLeft = triesOfStatus(session.card.identification.pinStatus);
      this.#set(pinState('authenticatePin', this.#data, this.#pinpad(), false));
    });
  }

  async #authenticate(digits: Uint8Array | undefined): Promise<void> {
    await this.#task(
      'authenticatePin',
      { step: 'authenticating', pinpad: this.#pinpad() },
      async (signal) => {
        const { service } = this.#options;
        if (this.#data.opened === undefined || new Date(this.#data.opened.expiresAt) <= this.#now()) {
          const opened = await service.openSession({ signal });
          signal.throwIfAborted();
          this.#data.opened = opened;
        }
        try {
          const authenticated = await authenticateWithCard({
            card: this.#data.cardSession!.card,
            registrationCard: this.#data.card!,
            service,
            origin: this.#options.origin ?? service.origin,
            session: this.#data.opened,
            pin: pinEntry(digits, this.#store.language),
            appVersion: this.#options.appVersion,
            signal,
          });
          signal.throwIfAborted();
          delete this.#data.opened; // its nonce is spent
          this.#data.sessionId = authenticated.sessionId;
          this.#set(detailsState(this.#data));
        } catch (error) {
          if (!signal.aborted && this.#askPinAgain('authenticatePin', error)) return;
          if (error instanceof ServiceClientError) delete this.#data.opened; // a refused or unknown nonce
          throw error;
        }
      },
    );
  }

  async #sign(digits: Uint8Array | undefined): Promise<void> {
    await this.#task('signPin', { step: 'signing', pinpad: this.#pinpad() }, async (signal) => {
      let signed: SignedApplication;
      try {
        signed = await signApplication({
          card: this.#data.cardSession!.card,
          registrationCard: this.#data.card!,
          sessionId: this.#data.sessionId!,
          enrolmentId: this.#data.enrolmentId!,
          contact: this.#data.contact!,
          language: this.#store.language,
          now: this.#now(),
          pin: pinEntry(digits, this.#store.language),
        });
      } catch (error) {
        if (signal.aborted || !this.#askPinAgain('signPin', error)) throw error;
        return;
      }
      this.#options.inspect?.signed?.(signed);
      if (signal.aborted) wipeSignedApplication(signed); // signed for a flow that was wiped meanwhile
      signal.throwIfAborted();
      this.#data.signed = signed;
      // The card is not needed any more: release it (resetting it, so no PIN right outlives
      // the signature) while submitting, so that pulling it changes nothing from here on.
      const session = this.#data.cardSession;
      delete this.#data.cardSession;
      const submitted = this.#submit();
      await session?.close().catch(() => undefined);
      await submitted;
    });
  }

  async #submit(): Promise<void> {
    const attempt = (this.#data.submitAttempts ?? 0) + 1;
    this.#data.submitAttempts = attempt;
    await this.#task('submitting', { step: 'submitting', attempt }, async (signal) => {
      await this.#options.service.submitApplication(this.#data.sessionId!, this.#data.signed!.request, {
        signal,
      });
      signal.throwIfAborted();
      await this.#wipeAnd({ step: 'done' });
    });
  }

  // ---- helpers ----

  /**
   * Shows `busy`, runs `work`, and turns what it throws into the `error` step (with `retryTo`
   * for transient failures), or `cardRemoved` when the card left. Work overtaken by a wipe
   * (cancel, card removal, timeout) finds its signal aborted, and its failure is dropped.
   */
  async #task(
    retryTo: FlowError['retryTo'],
    busy: StepState,
    work: (signal: AbortSignal) => Promise<void>,
  ): Promise<void> {
    const signal = this.#abort.signal;
    this.#set(busy);
    try {
      await work(signal);
    } catch (error) {
      if (!signal.aborted) this.#failed(error, retryTo);
    }
  }

  /** Opens the card in `reader`; a session opened for a flow wiped meanwhile is closed again. */
  async #connect(reader: string, signal: AbortSignal): Promise<CardSession> {
    const session = await openCardSession(this.#options.pcsc, reader);
    if (signal.aborted) await session.close().catch(() => undefined);
    signal.throwIfAborted();
    this.#data.cardSession = session;
    return session;
  }

  /** A step failed: the card gone while it was needed is `cardRemoved`; anything else an error. */
  #failed(error: unknown, retryTo: FlowError['retryTo']): void {
    if (isCardGone(error) && CARD_NEEDED.has(this.#store.state.step))
      return this.#cardLeft(this.#data.reader);
    const failure = toFlowFailure(error, retryTo);
    const state: StepState = { step: 'error', error: failure.error };
    if (RESUMABLE.has(failure.error.retryTo)) return this.#set(state);
    void this.#wipeAnd(state);
  }

  /**
   * The PIN screen `step` again when `error` is a PIN the person may type again (see
   * `pinRefusal`); false for any other error (the caller rethrows it).
   */
  #askPinAgain(step: 'authenticatePin' | 'signPin', error: unknown): boolean {
    const refusal = pinRefusal(error, this.#data.pinTriesLeft);
    if (refusal === undefined) return false;
    this.#data.pinTriesLeft = refusal.triesLeft;
    this.#set(pinState(step, this.#data, this.#pinpad(), refusal.wrong));
    return true;
  }

  /**
   * The card (or its reader, or PC/SC) went away. It matters while the flow needs the card, and
   * on an error screen that still holds the open card session (a retry would use it): the
   * registration stops there and everything is forgotten (kiosk: pulling the card wipes).
   */
  #cardLeft(reader: string | undefined): void {
    const step = this.#store.state.step;
    const holdsCard = CARD_NEEDED.has(step) || (step === 'error' && this.#data.cardSession !== undefined);
    if (!holdsCard) return;
    if (reader !== undefined && reader !== this.#data.reader) return;
    void this.#wipeAnd({ step: 'cardRemoved' });
  }

  #pinpad(): boolean {
    return this.#data.cardSession?.connection.pinpad !== undefined;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  /**
   * Wipes, shows `state` at once (the data are zero-filled and the work under way is aborted
   * before this returns its promise), and resolves once the card session is closed.
   */
  #wipeAnd(state: StepState): Promise<void> {
    const wiped = this.#wipe();
    this.#set(state);
    return wiped;
  }

  /** Aborts the work under way and forgets everything; resolves once the card is closed. */
  #wipe(): Promise<void> {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#chosenReader = undefined;
    return wipeFlowData(this.#data);
  }

  #set(state: StepState): void {
    this.#store.set(state);
  }

  /** Whether the person is the one to act, with personal data in memory (the idle timeout runs). */
  #waitingForPerson(): boolean {
    const state = this.#store.state;
    return (
      WAITING_FOR_PERSON.has(state.step) || (state.step === 'error' && RESUMABLE.has(state.error.retryTo))
    );
  }
}
