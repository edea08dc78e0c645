/**
 * The part of the platform's `AbortSignal` the contract uses. `common/` compiles without the
 * DOM library (like `platform/web-crypto.ts` for WebCrypto), so the type is spelled out
 * here; the DOM's and Node's `AbortSignal` both satisfy it, and the signals handlers receive
 * are real `AbortSignal`s (cast with `as AbortSignal` to pass one to `fetch`).
 */
export interface CallSignal {
  /** True once aborted. */
  readonly aborted: boolean;
  /** Why it was aborted: a `ContractError` (`cancelled`, `transport-closed`) from this module. */
  readonly reason: unknown;
  /** Throws `reason` if aborted. */
  throwIfAborted(): void;
  /** Subscribes to the abort. */
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
  /** Unsubscribes from the abort. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The part of the platform's `AbortController` the contract uses. */
export interface CallController {
  readonly signal: CallSignal;
  abort(reason?: unknown): void;
}

/**
 * A new `AbortController` of the platform (Node, Electron and browsers all have one, the
 * ES library does not declare it).
 */
export function createCallController(): CallController {
  const platform = globalThis as unknown as { readonly AbortController: new () => CallController };
  return new platform.AbortController();
}
