import type { Envelope } from './envelope.ts';

/**
 * A message channel between the two ends of the contract, whatever carries it: an in-memory
 * pair in tests, Electron IPC in the app, a loopback WebSocket in development. Like VS Code's
 * `IMessagePassingProtocol`, it knows nothing about commands; it moves envelopes.
 *
 * Incoming messages are `unknown` on purpose: the other end may be untrusted (the renderer)
 * or broken, so the contract layer validates every one of them before looking inside.
 */
export interface Transport {
  /**
   * Sends one envelope. A transport that has closed drops it silently (the contract layer
   * learns about the closure from {@link Transport.onClose}). May throw a `ContractError`
   * (`message-too-large`, or `internal` when the message cannot be encoded).
   */
  send(message: Envelope): void;
  /** Subscribes to incoming messages; returns the unsubscribe function. */
  onMessage(listener: (message: unknown) => void): () => void;
  /**
   * Subscribes to the closure of the transport, from either end. Called once; when the
   * transport has already closed, the listener is called soon (in a microtask).
   */
  onClose(listener: () => void): () => void;
  /** Closes the transport (both ends see {@link Transport.onClose}). Idempotent. */
  close(): void;
}
