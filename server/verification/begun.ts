/**
 * `promise`, marked as handled, for checks started ahead of the one that may refuse first:
 * a verification that is left unawaited because an earlier check already refused must not
 * surface as an unhandled rejection. Awaiting the returned promise still throws its error.
 */
export function begun<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
