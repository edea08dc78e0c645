import type { PcscBinding } from '../../../native/pcsc/index.ts';
import { PcscService } from '../../../native/pcsc/index.ts';
import { idleTimeoutMs, idleWarningMs, type AppConfig } from '../config/index.ts';
import { RegistrationFlow } from '../flow/registration-flow.ts';
import { createServiceClient } from '../service/service-client.ts';
import { loadTrustAnchors } from '../trust/load-trust-anchors.ts';

/** What the desktop app runs on: PC/SC, the flow, and how to stop both. */
export interface DesktopServices {
  readonly pcsc: PcscService;
  readonly flow: RegistrationFlow;
  /** Wipes the flow and closes PC/SC (the app quits). */
  close(): Promise<void>;
}

/** Options of {@link createDesktopServices}. */
export interface DesktopServicesOptions {
  readonly config: AppConfig;
  /** The PC/SC binding: the remote one over the card service's process in the app. */
  readonly binding: PcscBinding;
  /** The shipped Belgian roots (resources/trust, or the installed app's resources folder). */
  readonly trustDirectory: string;
  /** Sent in the authentication token, e.g. `eid-wizard/0.1.0 (desktop)`. */
  readonly appVersion: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Wires main's services from the configuration, as the CLI does for the terminal
 * (`eid-wizard register`): trust anchors (pinned roots plus `testRoots` for demos), the
 * registration service client, PC/SC over `binding`, and one registration flow in the
 * configured language with the configured idle timeout and warning. Electron-free: the shell
 * passes the binding and the paths; tests pass a Node child's binding.
 */
export async function createDesktopServices(options: DesktopServicesOptions): Promise<DesktopServices> {
  const { config } = options;
  const anchors = await loadTrustAnchors(
    config.testRoots,
    options.env ?? process.env,
    options.trustDirectory,
  );
  const service = createServiceClient({ baseUrl: config.serviceUrl });
  const pcsc = PcscService.start({ binding: options.binding });
  const flow = new RegistrationFlow({
    pcsc,
    service,
    trustAnchors: anchors.accepted.map((anchor) => anchor.der),
    appVersion: options.appVersion,
    language: config.defaultLanguage,
    idleTimeoutMs: idleTimeoutMs(config),
    idleWarningMs: idleWarningMs(config),
    ...(config.reader === undefined ? {} : { reader: config.reader }),
  });
  return {
    pcsc,
    flow,
    async close() {
      await flow.cancel().catch(() => undefined);
      await flow.dispose().catch(() => undefined);
      await pcsc.close().catch(() => undefined);
    },
  };
}
