import type { CallSignal } from './call-signal.ts';
import { ContractCallError, ContractError } from './contract-error.ts';
import { ipcErrorData } from './error-codes.ts';
import type { ContractErrorData } from './error-data.ts';

/** A call waiting for its answer. */
export interface PendingCall {
  readonly method: string;
  resolve(value: unknown): void;
  reject(data: ContractErrorData): void;
}

/** What a new call needs from the client. */
export interface OpenCall {
  readonly method: string;
  readonly signal: CallSignal | undefined;
  /** Sends the call envelope; may throw a `ContractError` (too large, not encodable). */
  send(id: number): void;
  /** Sends the cancel envelope (after the call has been rejected locally). */
  cancel(id: number): void;
}

/** The client's table of calls in flight, by id: ids, abort wiring and settling in one place. */
export interface PendingCalls {
  /** Starts a call; the promise rejects with a `ContractCallError`. */
  open(call: OpenCall): Promise<unknown>;
  /** The call `id`, if still waiting (answers to cancelled calls find none). */
  get(id: number): PendingCall | undefined;
  /** Rejects every waiting call with `data` (the transport closed). */
  rejectAll(data: ContractErrorData): void;
}

/** Creates an empty {@link PendingCalls}; ids count up from 1. */
export function createPendingCalls(): PendingCalls {
  const waiting = new Map<number, PendingCall>();
  let nextId = 1;

  return {
    open({ method, signal, send, cancel }) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new ContractCallError(method, ipcErrorData('cancelled')));
        const id = nextId++;
        const onAbort = (): void => {
          if (!waiting.has(id)) return;
          entry.reject(ipcErrorData('cancelled'));
          cancel(id);
        };
        const done = (): void => {
          waiting.delete(id);
          signal?.removeEventListener('abort', onAbort);
        };
        const entry: PendingCall = {
          method,
          resolve(value) {
            done();
            resolve(value);
          },
          reject(data) {
            done();
            reject(new ContractCallError(method, data));
          },
        };
        waiting.set(id, entry);
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
          send(id);
        } catch (error) {
          entry.reject(error instanceof ContractError ? error.toData() : ipcErrorData('internal'));
        }
      });
    },
    get: (id) => waiting.get(id),
    rejectAll(data) {
      for (const entry of [...waiting.values()]) entry.reject(data);
    },
  };
}
