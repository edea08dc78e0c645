/**
 * What the contract machinery noticed but could not tell the other end, for the local log
 * (main's logger, the renderer's console in development). A thrown exception's message and
 * stack end here and nowhere else; `error` may hold them, so log it locally only.
 */
export type IpcDiagnostic =
  /** A message that is not a well-formed envelope, or not one this end accepts. */
  | { readonly kind: 'malformed-message'; readonly reason: string }
  /** A handler threw something other than a `ContractError`; the caller got `internal`. */
  | { readonly kind: 'handler-threw'; readonly method: string; readonly error: unknown }
  /** A handler's result failed its schema; the caller got `bad-result`. */
  | { readonly kind: 'bad-result'; readonly method: string; readonly path: string }
  /** An event listener threw; the other listeners still ran. */
  | { readonly kind: 'listener-threw'; readonly error: unknown }
  /** The transport refused to send a message (too large, not encodable). */
  | { readonly kind: 'send-failed'; readonly error: unknown };

/** Receives {@link IpcDiagnostic}s. */
export type DiagnosticSink = (diagnostic: IpcDiagnostic) => void;
