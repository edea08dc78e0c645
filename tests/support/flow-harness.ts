import type { StartEnrolmentResponse } from '../../common/api/schemas/enrolments.ts';
import { PcscService } from '../../native/pcsc/index.ts';
import type { ServiceSettings } from '../../server/config/settings.ts';
import { connectWizard, type WizardRemote } from '../../common/flow/wizard-remote.ts';
import { createMemoryTransportPair, type Transport } from '../../common/ipc/index.ts';
import { RegistrationFlow, type RegistrationFlowOptions } from '../../electron/app/flow/registration-flow.ts';
import { serveWizard } from '../../electron/app/flow/serve-wizard.ts';
import type { RegistrationCard } from '../../electron/app/flow/registration-card.ts';
import type { SignedApplication } from '../../electron/app/flow/sign-application.ts';
import { createServiceClient, type ServiceClient } from '../../electron/app/service/service-client.ts';
import { FakeBinding } from '../unit/native/pcsc/fakes/fake-binding.ts';
import {
  SERVICE_ORIGIN,
  startRealService,
  type RealService,
} from '../unit/electron/app/service/helpers/real-service.ts';
import type { VirtualCard } from '../virtual-card/virtual-card.ts';
import { CardSlot } from './flow-card-slot.ts';
import { recordingClient, type ClientRecord, type DesktopCall, type HeldCall } from './recording-client.ts';
import { DEFAULT_REGISTRATION_TIME } from './registration-fixture.ts';
import { startServiceProxy, type ServiceProxy } from './service-proxy.ts';
import { virtualCardRoots } from './service-flow.ts';
import { snapshotWaiter, type SnapshotWaiter } from './snapshot-waiter.ts';

/** One clock for the flow and the service, moved by the test (never slept on). */
export interface TestClock {
  now(): Date;
  advance(milliseconds: number): void;
}

/** What {@link startFlowHarness} can change. */
export interface FlowHarnessOptions {
  /** Overrides of the flow's options (idle timeout, language…). */
  readonly flow?: Partial<RegistrationFlowOptions>;
  /** The service's settings (code lifetime, wrong tries…). */
  readonly service?: Partial<ServiceSettings>;
  /** Puts a TCP proxy between the client and the service, so that the test can take it down. */
  readonly proxy?: boolean;
}

/**
 * The registration flow wired as in the app, for tests: the real PcscService over a fake PC/SC
 * binding whose readers hold virtual cards in process (removal is instant and deterministic),
 * the real registration service on loopback with SQLite (optionally behind a proxy), the real
 * service client (recorded, and able to hold a call), one clock for both sides, and the phone
 * side through the same client. The test drives the flow as the renderer does: through the
 * wizard contract over the in-memory transport pair (`serveWizard` on one end, `connectWizard`
 * on the other), so every command and snapshot crosses the schemas and a structured clone.
 */
export interface FlowHarness extends SnapshotWaiter {
  /** The flow as the renderer sees it, over the in-memory transport. */
  readonly flow: WizardRemote;
  /** The flow object in "main" (for what no view can see: its own wipe, its disposal). */
  readonly local: RegistrationFlow;
  /** Every PIN buffer that arrived in "main" over the transport (to check their zero-fill). */
  readonly receivedPins: readonly Uint8Array[];
  /** The flow's client (through the proxy, if any). */
  readonly client: ServiceClient;
  /** The phone's client: straight to the service, also while the proxy is down. */
  readonly phone: ServiceClient;
  readonly record: ClientRecord;
  readonly service: RealService;
  readonly proxy: ServiceProxy | undefined;
  readonly clock: TestClock;
  readonly binding: FakeBinding;
  readonly pcsc: PcscService;
  /** The first reader. */
  readonly slot: CardSlot;
  /** The card in the first reader, if any. */
  readonly card: VirtualCard | undefined;
  /** The buffers the flow read and signed (to check that a wipe zero-filled them). */
  readonly owned: { readonly cards: RegistrationCard[]; readonly signed: SignedApplication[] };
  /** Inserts virtual card `cardId` into the first reader (PIN 1234 unless given). */
  insert(cardId: string, pin?: string): VirtualCard;
  /** Pulls the card out of the first reader. */
  remove(): void;
  /** Another reader appears. */
  addReader(name: string): CardSlot;
  /** Holds the flow's next `call` before it leaves the client. */
  hold(call: DesktopCall): HeldCall;
  /** The PC/SC service stops (and stays down until {@link startPcsc}). */
  stopPcsc(): void;
  /** The PC/SC service runs again; resolves when the readers are back with their cards. */
  startPcsc(): Promise<void>;
  /** The phone starts an enrolment (its code, id and poll token). */
  phoneEnrolment(): Promise<StartEnrolmentResponse>;
  /** A fresh registration code from the phone side. */
  phoneCode(): Promise<string>;
  close(): Promise<void>;
}

const READER = 'Virtual Reader 00';

/** A harness; see {@link FlowHarnessOptions}. */
export async function startFlowHarness(options: FlowHarnessOptions = {}): Promise<FlowHarness> {
  let nowMs = DEFAULT_REGISTRATION_TIME.getTime();
  const clock: TestClock = { now: () => new Date(nowMs), advance: (ms) => void (nowMs += ms) };
  const service = await startRealService(options.service, { clock });
  const proxy = options.proxy ? await startServiceProxy(service.baseUrl) : undefined;
  const binding = new FakeBinding();
  const pcsc = PcscService.start({ binding, postConnectDelayMs: 0, backoff: { initialMs: 5, maxMs: 20 } });
  const slots = [new CardSlot(binding.context, READER)];
  const real = createServiceClient({
    baseUrl: proxy?.baseUrl ?? service.baseUrl,
    retry: { initialDelayMs: 10, maxDelayMs: 40 },
  });
  const { client, record, hold } = recordingClient(real);
  const phone = createServiceClient({ baseUrl: service.baseUrl });
  const owned = { cards: [] as RegistrationCard[], signed: [] as SignedApplication[] };
  const local = new RegistrationFlow({
    pcsc,
    service: client,
    trustAnchors: virtualCardRoots(),
    origin: SERVICE_ORIGIN,
    appVersion: 'https://example.invalid/eid-wizard/test',
    now: clock.now,
    inspect: { cardRead: (card) => owned.cards.push(card), signed: (signed) => owned.signed.push(signed) },
    ...options.flow,
  });
  const pair = createMemoryTransportPair();
  const receivedPins = pinsArriving(pair.server);
  const stopServing = serveWizard(local, pair.server);
  const transportProblems: string[] = [];
  const flow = await connectWizard(pair.client, { onDiagnostic: (d) => transportProblems.push(d.kind) });
  const waiter = snapshotWaiter(flow);
  return {
    ...waiter,
    flow,
    local,
    receivedPins,
    client,
    phone,
    record,
    service,
    proxy,
    clock,
    binding,
    pcsc,
    slot: slots[0]!,
    get card() {
      return slots[0]!.card;
    },
    owned,
    insert: (cardId, pin) => slots[0]!.insert(cardId, pin),
    remove: () => slots[0]!.remove(),
    addReader(name) {
      const slot = new CardSlot(binding.context, name);
      slots.push(slot);
      return slot;
    },
    hold,
    stopPcsc() {
      binding.running = false;
      binding.context.stopService();
    },
    async startPcsc() {
      const before = binding.contexts.length;
      binding.running = true;
      while (binding.contexts.length === before) await new Promise((r) => setTimeout(r, 2));
      for (const slot of slots) slot.attach(binding.context);
    },
    phoneEnrolment: () => phone.startEnrolment(),
    phoneCode: async () => (await phone.startEnrolment()).code,
    /** Stops everything; fails if a snapshot was off the schema (see `snapshotProblems`). */
    async close() {
      flow.close();
      stopServing();
      await local.dispose();
      await pcsc.close();
      await proxy?.close();
      await service.close();
      const problems = [...waiter.snapshotProblems, ...transportProblems];
      if (problems.length > 0) throw new Error(`bad snapshots or messages: ${problems.join('; ')}`);
    },
  };
}

/**
 * The `pin` of every `submitPin` call that arrives on `server`: the very buffers the flow gets
 * (transport listeners share one delivered message), so a test can see them zero-filled.
 */
function pinsArriving(server: Transport): Uint8Array[] {
  const pins: Uint8Array[] = [];
  server.onMessage((message) => {
    const call = message as { kind?: unknown; method?: unknown; arg?: { pin?: unknown } };
    if (call.kind === 'call' && call.method === 'submitPin' && call.arg?.pin instanceof Uint8Array)
      pins.push(call.arg.pin);
  });
  return pins;
}

/** The PIN as the renderer sends it: ASCII digits. */
export function typedPin(pin: string): Uint8Array {
  return new TextEncoder().encode(pin);
}
