import type { ContractErrorData, ErrorDetails } from './error-data.ts';

/**
 * The error codes of the contract machinery itself, with their categories. Flow errors
 * (wrong PIN, card removed, ...) are the application's and use the same data shape. Add
 * codes, never rename them: the renderer's error-message map matches on them.
 */
export const IPC_ERROR_CATEGORIES = {
  /** The method is not in the contract (or not served): a version mismatch or a bug. */
  'unknown-method': 'internal',
  /** The argument failed its schema; `details.path` is the schema path, values are never echoed. */
  'bad-argument': 'internal',
  /** A handler returned something off its result schema: a main-side bug, reported as internal. */
  'bad-result': 'internal',
  /** An event payload off its schema was emitted: a main-side bug. */
  'bad-event': 'internal',
  /** A message that is not an envelope of the protocol (wrong shape, bad JSON, bad base64). */
  'bad-envelope': 'internal',
  /** A message over the transport's size limit. */
  'message-too-large': 'internal',
  /** The caller aborted the call. */
  cancelled: 'cancelled',
  /** The transport closed before the answer arrived, or was closed when the call was made. */
  'transport-closed': 'transport',
  /** Anything unexpected (a thrown exception); its message and stack stay on the side that threw. */
  internal: 'internal',
} as const;

/** One of the machinery's error codes. */
export type IpcErrorCode = keyof typeof IPC_ERROR_CATEGORIES;

/** The machinery's error codes, for exhaustive maps. */
export const IPC_ERROR_CODES = Object.keys(IPC_ERROR_CATEGORIES) as IpcErrorCode[];

/** The error data of machinery error `code`, with its category. */
export function ipcErrorData(code: IpcErrorCode, details?: ErrorDetails): ContractErrorData {
  const category = IPC_ERROR_CATEGORIES[code];
  return details === undefined ? { code, category } : { code, category, details: { ...details } };
}
