import type { Language } from '../../common/i18n/languages.ts';
import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { RegistrationFlow, type RegistrationFlowOptions } from '../../electron/app/flow/registration-flow.ts';
import { serveWizard } from '../../electron/app/flow/serve-wizard.ts';
import { createServiceClient, type ServiceClient } from '../../electron/app/service/service-client.ts';
import type { ServiceSettings } from '../../server/config/settings.ts';
import type { RealService } from '../unit/electron/app/service/helpers/real-service.ts';
import { startLoopbackHost } from '../host/loopback-host.ts';
import { WIZARD_DIST } from './build-wizard.ts';
import { virtualCardRoots } from './service-flow.ts';
import { startServiceProxy, type ServiceProxy } from './service-proxy.ts';
import {
  inProcessCardSource,
  pcscdCardSource,
  type CardSource,
  type CardSourceKind,
} from './wizard-card-source.ts';
import {
  stackClock,
  startStackService,
  type StackClock,
  type StackServiceChoice,
} from './wizard-stack-service.ts';

/** What {@link startWizardStack} starts. */
export interface WizardStackOptions {
  /** The card: in process over a fake PC/SC binding (default), or through pcscd + vpcd. */
  readonly card?: CardSourceKind;
  /** With `card: 'pcscd'`: the vpcd reader (default 0, `Virtual PCD 00 00`). */
  readonly readerIndex?: 0 | 1;
  /** The service: in process (default), or one already running. */
  readonly service?: StackServiceChoice;
  /** The in-process service's port (default: any free one). */
  readonly servicePort?: number;
  /** Settings of the in-process service (code lifetime, wrong tries…). */
  readonly serviceSettings?: Partial<ServiceSettings>;
  /** Puts a TCP proxy between the flow and the service that the test can take down and up. */
  readonly proxy?: boolean;
  /** The folder the host serves (default `dist/wizard/`); `null` serves no files. */
  readonly staticRoot?: string | null;
  /** The host's port (default: any free one). */
  readonly hostPort?: number;
  readonly language?: Language;
  readonly idleTimeoutMs?: number;
  /** The clock stands at this instant (moving only with `clock.advance`); default the computer's. */
  readonly frozenAt?: Date;
  /** Overrides of the flow's options, applied last. */
  readonly flowOptions?: Partial<RegistrationFlowOptions>;
  /** Receives the host's refused upgrades and dropped frames. */
  readonly onDiagnostic?: DiagnosticSink;
}

/** A running wizard stack: see {@link startWizardStack}. */
export interface WizardStack {
  /** `http://127.0.0.1:<port>/#ipc=<token>`: open it in a browser. */
  readonly pageUrl: string;
  /** `ws://127.0.0.1:<port>/ipc/<token>`: for a test that connects without a page. */
  readonly wsUrl: string;
  /** The device simulator (the phone app): `<service>/simulator`. */
  readonly simulatorUrl: string;
  readonly serviceBaseUrl: string;
  /** The one flow, served to every connection (a reload reconnects to it). */
  readonly flow: RegistrationFlow;
  /** The phone's client: straight to the service, also while the proxy is down. */
  readonly phone: ServiceClient;
  /** The in-process service (its storage), if the stack started one. */
  readonly service: RealService | undefined;
  readonly proxy: ServiceProxy | undefined;
  readonly card: CardSource;
  readonly clock: StackClock;
  /** Puts virtual card `cardId` (PIN 1234 unless given) in the reader, pulling out the one there. */
  insert(cardId: string, pin?: string): Promise<void>;
  /** Pulls the card out. */
  remove(): Promise<void>;
  /** The phone starts an enrolment: its 5-character code. */
  phoneCode(): Promise<string>;
  /** Wipes the flow and stops the host, the card, the proxy and the service. */
  close(): Promise<void>;
}

/**
 * Everything a browser needs to run the wizard against the real main-process code: the
 * registration flow wired as in the app (real `PcscService`, real service client, the virtual
 * cards' test roots trusted), a virtual card, the registration service, and the loopback host
 * serving the renderer's files and the wizard contract (`serveWizard`) to every connection.
 * Used by `npm run demo`, the browser tests and `npm run bench:renderer`.
 */
export async function startWizardStack(options: WizardStackOptions = {}): Promise<WizardStack> {
  const clock = stackClock(options.frozenAt);
  const opened: { close(): Promise<void> }[] = [];
  const closeAll = async (): Promise<void> => {
    for (const item of opened.splice(0).reverse()) await item.close().catch(() => undefined);
  };
  try {
    const service = await startStackService(
      options.service ?? 'in-process',
      clock,
      options.servicePort,
      options.serviceSettings,
    );
    opened.push(service);
    const proxy = options.proxy ? await startServiceProxy(service.baseUrl) : undefined;
    if (proxy) opened.push(proxy);
    const card =
      options.card === 'pcscd' ? await pcscdCardSource(options.readerIndex ?? 0) : inProcessCardSource();
    opened.push(card);
    const flow = new RegistrationFlow({
      pcsc: card.pcsc,
      reader: card.reader,
      service: createServiceClient({ baseUrl: proxy?.baseUrl ?? service.baseUrl }),
      trustAnchors: virtualCardRoots(),
      ...(service.origin === undefined ? {} : { origin: service.origin }),
      appVersion: 'eid-wizard (loopback host)',
      now: clock.now,
      ...(options.language === undefined ? {} : { language: options.language }),
      ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
      ...options.flowOptions,
    });
    opened.push({ close: () => flow.dispose() });
    const staticRoot = options.staticRoot === undefined ? WIZARD_DIST : options.staticRoot;
    const host = await startLoopbackHost({
      serve: (transport) => serveWizard(flow, transport),
      ...(staticRoot === null ? {} : { staticRoot }),
      ...(options.hostPort === undefined ? {} : { port: options.hostPort }),
      ...(options.onDiagnostic === undefined ? {} : { onDiagnostic: options.onDiagnostic }),
    });
    opened.push(host);
    const phone = createServiceClient({ baseUrl: service.baseUrl });
    return {
      pageUrl: host.pageUrl,
      wsUrl: host.url,
      simulatorUrl: `${service.baseUrl}/simulator`,
      serviceBaseUrl: service.baseUrl,
      flow,
      phone,
      service: service.real,
      proxy,
      card,
      clock,
      insert: (cardId, pin) => card.insert(cardId, pin),
      remove: () => card.remove(),
      phoneCode: async () => (await phone.startEnrolment()).code,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
