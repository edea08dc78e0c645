import { Value } from 'typebox/value';
import { ipcErrorData, type IpcErrorCode } from './error-codes.ts';
import { ContractErrorDataSchema, type ContractErrorData, type ErrorDetails } from './error-data.ts';

/**
 * An error that may cross the contract. Handlers throw it for expected failures (the server
 * sends `toData()`); anything else a handler throws becomes `internal`. Its `message` is the
 * code and nothing else, so logging it can never leak a PIN or a path.
 */
export class ContractError extends Error {
  /** The error as it crosses the contract. */
  readonly data: ContractErrorData;

  /** Wraps `data` (copied, so later changes to the argument do not show). */
  constructor(data: ContractErrorData) {
    super(data.code);
    this.name = 'ContractError';
    this.data = copy(data);
  }

  /** A machinery error of `code` with its standard category. */
  static of(code: IpcErrorCode, details?: ErrorDetails): ContractError {
    return new ContractError(ipcErrorData(code, details));
  }

  /** The data to send: a fresh plain object, no stack, no message. */
  toData(): ContractErrorData {
    return copy(this.data);
  }
}

/**
 * How a call rejects on the client side: the same data as the server sent (or the client
 * decided: `cancelled`, `transport-closed`), plus which method was called.
 */
export class ContractCallError extends ContractError {
  /** The method whose call failed. */
  readonly method: string;

  /** `data` of a failed call of `method`. */
  constructor(method: string, data: ContractErrorData) {
    super(data);
    this.name = 'ContractCallError';
    this.method = method;
  }
}

/** True if `error` is a {@link ContractError} (including {@link ContractCallError}). */
export function isContractError(error: unknown): error is ContractError {
  return error instanceof ContractError;
}

/**
 * The data to send for whatever a handler threw: a {@link ContractError}'s data when it is
 * well-formed, `internal` for anything else (whose message is deliberately dropped).
 */
export function errorDataOf(error: unknown): ContractErrorData {
  if (error instanceof ContractError) {
    const data = error.toData();
    if (Value.Check(ContractErrorDataSchema, data)) return data;
  }
  return ipcErrorData('internal');
}

function copy(data: ContractErrorData): ContractErrorData {
  const out: { -readonly [K in keyof ContractErrorData]: ContractErrorData[K] } = {
    code: data.code,
    category: data.category,
  };
  if (data.details !== undefined) out.details = { ...data.details };
  if (data.retryTo !== undefined) out.retryTo = data.retryTo;
  return out;
}
