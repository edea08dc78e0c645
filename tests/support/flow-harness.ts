import type { FlowSnapshot } from '../../common/flow/snapshot.ts';
import type { FlowStep } from '../../common/flow/steps.ts';
import { PcscService } from '../../native/pcsc/index.ts';
import { RegistrationFlow, type RegistrationFlowOptions } from '../../electron/app/flow/registration-flow.ts';
import { createServiceClient, type ServiceClient } from '../../electron/app/service/service-client.ts';
import { FakeBinding, scardError, type FakeReader } from '../unit/native/pcsc/fakes/fake-binding.ts';
import {
  SERVICE_ORIGIN,
  startRealService,
  type RealService,
} from '../unit/electron/app/service/helpers/real-service.ts';
import { buildCardImage } from '../virtual-card/card-image.ts';
import { VirtualCard } from '../virtual-card/virtual-card.ts';
import { DEFAULT_REGISTRATION_TIME } from './registration-fixture.ts';
import { virtualCardRoots } from './service-flow.ts';

/**
 * The registration flow wired as in the app, for tests: the real PcscService over a fake
 * PC/SC binding whose reader holds a virtual card in process (removal is instant and
 * deterministic), the real registration service on loopback with SQLite, the real service
 * client, and the phone side through the same client (start an enrolment, read its code).
 */
export interface FlowHarness {
  readonly flow: RegistrationFlow;
  readonly client: ServiceClient;
  readonly service: RealService;
  readonly reader: FakeReader;
  /** The card in the reader, if any. */
  card: VirtualCard | undefined;
  /** Inserts virtual card `cardId` (PIN 1234 unless given). */
  insert(cardId: string, pin?: string): VirtualCard;
  /** Pulls the card out. */
  remove(): void;
  /** A fresh registration code from the phone side. */
  phoneCode(): Promise<string>;
  /** Every snapshot published so far. */
  readonly snapshots: FlowSnapshot[];
  /** Resolves with the first snapshot (from now on, or the current one) at `step`. */
  until(step: FlowStep, timeoutMs?: number): Promise<FlowSnapshot>;
  close(): Promise<void>;
}

const READER = 'Virtual Reader 00';

/** A harness; `options` override the flow's (idle timeout…). */
export async function startFlowHarness(
  options: Partial<RegistrationFlowOptions> & { readonly serviceUrl?: string } = {},
): Promise<FlowHarness> {
  const service = await startRealService();
  const binding = new FakeBinding();
  const pcsc = PcscService.start({ binding, postConnectDelayMs: 0 });
  const reader = binding.context.addReader(READER);
  const client = createServiceClient({
    baseUrl: options.serviceUrl ?? service.baseUrl,
    retry: { initialDelayMs: 10, maxDelayMs: 40 },
  });
  const flow = new RegistrationFlow({
    pcsc,
    service: client,
    trustAnchors: virtualCardRoots(),
    origin: SERVICE_ORIGIN,
    appVersion: 'https://example.invalid/eid-wizard/test',
    now: () => new Date(DEFAULT_REGISTRATION_TIME),
    ...options,
  });
  const snapshots: FlowSnapshot[] = [];
  const waiters: { step: FlowStep; resolve: (s: FlowSnapshot) => void }[] = [];
  flow.onSnapshot((snapshot) => {
    snapshots.push(snapshot);
    for (const waiter of waiters.filter((w) => w.step === snapshot.step)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(snapshot);
    }
  });
  const harness: FlowHarness = {
    flow,
    client,
    service,
    reader,
    card: undefined,
    snapshots,
    insert(cardId, pin = '1234') {
      const card = new VirtualCard(buildCardImage(cardId), { pin });
      reader.answer = async (command) => {
        try {
          return await card.transmit(command);
        } catch {
          throw scardError('SCardTransmit', 0x80100069, 'Card was removed');
        }
      };
      harness.card = card;
      reader.insert(card.atr);
      return card;
    },
    remove() {
      harness.card?.remove();
      harness.card = undefined;
      reader.answer = async () => {
        throw scardError('SCardTransmit', 0x80100069, 'Card was removed');
      };
      reader.remove();
    },
    async phoneCode() {
      return (await client.startEnrolment()).code;
    },
    until(step, timeoutMs = 10_000) {
      if (flow.snapshot.step === step) return Promise.resolve(flow.snapshot);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`flow did not reach ${step} (at ${flow.snapshot.step})`)),
          timeoutMs,
        );
        waiters.push({ step, resolve: (s) => (clearTimeout(timer), resolve(s)) });
      });
    },
    async close() {
      await flow.dispose();
      await pcsc.close();
      await service.close();
    },
  };
  return harness;
}

/** The PIN as the renderer sends it: ASCII digits. */
export function typedPin(pin: string): Uint8Array {
  return new TextEncoder().encode(pin);
}
