import type { HostProcess } from '../../../../../native/pcsc/index.ts';
import { serveBinding, type HostPort } from '../../../../../native/pcsc/remote/serve-binding.ts';
import type { RemoteDiagnostic } from '../../../../../native/pcsc/remote/protocol.ts';
import { FakeBinding } from '../fakes/fake-binding.ts';

type Listener = (message: unknown) => void;

/**
 * A host process in memory: the two ends of its channel deliver structured clones on a later
 * microtask (as IPC does, asynchronously), and nothing once it has died. `crash` ends it as a
 * native crash or SIGKILL would: at once, messages in flight lost.
 */
export class FakeHostProcess implements HostProcess {
  alive = true;
  killed = false;
  /** What the host side received (the clones: the buffers serveBinding got). */
  readonly received: unknown[] = [];
  readonly diagnostics: RemoteDiagnostic[] = [];
  closedByParent = false;
  readonly #toParent: Listener[] = [];
  readonly #toHost: Listener[] = [];
  readonly #exit: ((code: number | null) => void)[] = [];

  /** The host's end, for serveBinding. */
  readonly port: HostPort = {
    post: (message) => this.#deliver(this.#toParent, message),
    onMessage: (listener) => void this.#toHost.push(listener),
  };

  post(message: unknown): void {
    if (!this.alive) throw new Error('channel closed');
    this.#deliver(this.#toHost, message, (copy) => this.received.push(copy));
  }

  onMessage(listener: Listener): void {
    this.#toParent.push(listener);
  }

  onExit(listener: (code: number | null) => void): void {
    this.#exit.push(listener);
  }

  kill(): void {
    this.killed = true;
    queueMicrotask(() => this.crash(null));
  }

  /** The process ends now (`null`: by a signal). */
  crash(code: number | null = null): void {
    if (!this.alive) return;
    this.alive = false;
    for (const listener of this.#exit) listener(code);
  }

  /** Delivers `message` to the parent as is (no clone, no check): for malformed messages. */
  inject(message: unknown): void {
    for (const listener of this.#toParent) listener(message);
  }

  #deliver(listeners: Listener[], message: unknown, record?: (copy: unknown) => void): void {
    const copy: unknown = structuredClone(message);
    queueMicrotask(() => {
      if (!this.alive) return;
      record?.(copy);
      for (const listener of listeners) listener(copy);
    });
  }
}

/** A launcher of fake hosts, each serving `binding` (the fake PC/SC service) with serveBinding. */
export function fakeLauncher(binding = new FakeBinding()) {
  const hosts: FakeHostProcess[] = [];
  const launch = (): FakeHostProcess => {
    const host = new FakeHostProcess();
    serveBinding(binding, host.port, {
      onDiagnostic: (d) => host.diagnostics.push(d),
      onClosed: () => {
        host.closedByParent = true;
        queueMicrotask(() => host.crash(0));
      },
    });
    hosts.push(host);
    return host;
  };
  return {
    binding,
    hosts,
    launch,
    get host(): FakeHostProcess {
      const host = hosts.at(-1);
      if (!host) throw new Error('no host was launched');
      return host;
    },
  };
}

/** Lets the queued deliveries (and what they trigger) run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
