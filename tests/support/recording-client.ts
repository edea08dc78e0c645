import type { AuthenticateRequest } from '../../common/api/schemas/sessions.ts';
import type { SubmitApplicationRequest } from '../../common/api/schemas/submission.ts';
import { ServiceClientError } from '../../electron/app/service/service-client-error.ts';
import type { ServiceClient } from '../../electron/app/service/service-client.ts';
import type { CallOptions } from '../../electron/app/service/service-client-options.ts';
import { deferred, type Deferred } from '../unit/native/pcsc/fakes/fake-binding.ts';

/** The desktop-side calls a test can hold or count. */
export type DesktopCall = 'openSession' | 'authenticate' | 'bindCode' | 'submitApplication';

/** A call held before it leaves the client (to catch the flow mid-step). */
export interface HeldCall {
  /** Resolves when the flow made the call. */
  readonly reached: Promise<void>;
  /** Lets it go to the service. */
  release(): void;
}

/** What the flow sent, as the service received it. */
export interface ClientRecord {
  /** Every call the flow made, in order (held ones included). */
  readonly calls: DesktopCall[];
  readonly authentications: { readonly sessionId: string; readonly request: AuthenticateRequest }[];
  readonly submissions: { readonly sessionId: string; readonly request: SubmitApplicationRequest }[];
}

/**
 * The real client, wrapped: records the desktop-side calls and their bodies (the Web eID token,
 * the signed application and its CMS), and holds a call on request until the test releases it
 * or the flow aborts it (then it fails with `cancelled`, as the real client does).
 */
export function recordingClient(real: ServiceClient): {
  client: ServiceClient;
  record: ClientRecord;
  hold(call: DesktopCall): HeldCall;
} {
  const record: ClientRecord = { calls: [], authentications: [], submissions: [] };
  const held = new Map<DesktopCall, { gate: Deferred<void>; reached: Deferred<void> }>();

  async function gate(call: DesktopCall, options: CallOptions | undefined): Promise<void> {
    record.calls.push(call);
    const hold = held.get(call);
    if (!hold) return;
    held.delete(call);
    hold.reached.resolve();
    const signal = options?.signal;
    await new Promise<void>((resolve, reject) => {
      const cancelled = () => reject(new ServiceClientError({ code: 'cancelled', operation: call }));
      if (signal?.aborted) return cancelled();
      signal?.addEventListener('abort', cancelled, { once: true });
      void hold.gate.promise.then(resolve);
    });
  }

  const client: ServiceClient = {
    ...real,
    origin: real.origin,
    openSession: async (options) => (await gate('openSession', options), real.openSession(options)),
    authenticate: async (sessionId, request, options) => {
      await gate('authenticate', options);
      record.authentications.push({ sessionId, request });
      return real.authenticate(sessionId, request, options);
    },
    bindCode: async (sessionId, code, options) => (
      await gate('bindCode', options),
      real.bindCode(sessionId, code, options)
    ),
    submitApplication: async (sessionId, request, options) => {
      await gate('submitApplication', options);
      record.submissions.push({ sessionId, request });
      return real.submitApplication(sessionId, request, options);
    },
  };
  return {
    client,
    record,
    hold(call) {
      const hold = { gate: deferred<void>(), reached: deferred<void>() };
      held.set(call, hold);
      return { reached: hold.reached.promise, release: () => hold.gate.resolve() };
    },
  };
}
