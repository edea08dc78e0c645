import type { FlowError, FlowErrorCode } from '../../../common/flow/flow-errors.ts';

/** What the error screen offers: "try again" (`retry()`) or "start again" (`start()`). */
export type ErrorAction = 'retry' | 'restart';

/** The translation keys of one error screen (namespace `wizard`). */
export interface ErrorMessageKeys {
  readonly title: string;
  readonly text: string;
  readonly action: string;
}

/**
 * The help each error code gets (style.md rule 6: "errors are data; the renderer owns the
 * words"; registration-flow.md step 1: say exactly what is missing). Every code of
 * common/flow/flow-errors.ts has its own title, text and action label under `errors.<code>`;
 * the `satisfies` makes a new code without words a type error.
 */
const ERROR_KEYS = {
  'pcsc-unavailable': true,
  'card-unreadable': true,
  'card-not-eid': true,
  'card-unsupported': true,
  'card-in-use': true,
  'card-expired': true,
  'certificates-inactive': true,
  'no-signing-certificate': true,
  'card-data-invalid': true,
  'pin-blocked': true,
  'card-changed': true,
  'service-unreachable': true,
  'service-timeout': true,
  'service-tls': true,
  'service-busy': true,
  'service-error': true,
  'session-expired': true,
  'authentication-refused': true,
  'code-expired': true,
  'code-tries-exhausted': true,
  'code-used': true,
  'application-refused': true,
  'idle-timeout': true,
  internal: true,
} as const satisfies Record<FlowErrorCode, true>;

/** The title, text and action label keys of `code`. */
export function errorMessageKeys(code: FlowErrorCode): ErrorMessageKeys {
  if (!Object.hasOwn(ERROR_KEYS, code)) throw new RangeError(`No words for the error code ${code}.`);
  return { title: `errors.${code}.title`, text: `errors.${code}.text`, action: `errors.${code}.action` };
}

/**
 * What the error screen's main button does. With a `retryTo`, `retry()` carries on with what
 * the flow kept; without, only starting over makes sense, and `start()` is what the flow
 * allows from `error` (electron/app/flow/registration-flow.ts: start from welcome, done or
 * error).
 */
export function errorAction(error: FlowError): ErrorAction {
  return error.retryTo === undefined ? 'restart' : 'retry';
}
