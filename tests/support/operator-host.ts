import type { DiagnosticSink } from '../../common/ipc/diagnostics.ts';
import { OperatorDesk } from '../../electron/app/assisted/operator-desk.ts';
import { serveOperator } from '../../electron/app/assisted/serve-operator.ts';
import { startLoopbackHost } from '../host/loopback-host.ts';
import { WIZARD_DIST } from './build-wizard.ts';
import type { WizardStack } from './wizard-stack.ts';

/** The operator contract served next to a wizard stack: see {@link startOperatorHost}. */
export interface OperatorHost {
  /** `http://127.0.0.1:<port>/operator.html#ipc=<token>`: open it in a second page. */
  readonly pageUrl: string;
  /** `ws://127.0.0.1:<port>/ipc/<token>`: for a test that connects without a page. */
  readonly wsUrl: string;
  /** The desk over the stack's flow, served to every connection. */
  readonly desk: OperatorDesk;
  /** Stops the host and the desk (the stack's flow stays). */
  close(): Promise<void>;
}

/**
 * Assisted mode over the loopback host: an {@link OperatorDesk} on `stack`'s flow, served by
 * a second loopback host with its own port and `#ipc=` token (`serveOperator`), which also
 * serves the built pages, so the operator page connects to the operator contract while the
 * wizard page, on the stack's own host, connects to the wizard contract. In the app the two
 * windows get the two contracts over their own preload transports instead.
 */
export async function startOperatorHost(
  stack: WizardStack,
  options: { readonly staticRoot?: string | null; readonly onDiagnostic?: DiagnosticSink } = {},
): Promise<OperatorHost> {
  const desk = new OperatorDesk(stack.flow, { now: stack.clock.now });
  const staticRoot = options.staticRoot === undefined ? WIZARD_DIST : options.staticRoot;
  try {
    const host = await startLoopbackHost({
      serve: (transport) => serveOperator(desk, transport),
      ...(staticRoot === null ? {} : { staticRoot }),
      ...(options.onDiagnostic === undefined ? {} : { onDiagnostic: options.onDiagnostic }),
    });
    const page = new URL(host.pageUrl);
    page.pathname = '/operator.html';
    return {
      pageUrl: page.href,
      wsUrl: host.url,
      desk,
      async close() {
        await host.close();
        desk.dispose();
      },
    };
  } catch (error) {
    desk.dispose();
    throw error;
  }
}
