import { RETRIABLE, scardCodeInfo, type PcscErrorCode } from './scard-codes.ts';

/** The driver operation that failed, for the error's location context (style.md rule 5). */
export type PcscOperation =
  | 'establish-context'
  | 'monitor'
  | 'connect'
  | 'transmit'
  | 'control'
  | 'features'
  | 'pinpad-verify'
  | 'disconnect'
  | 'wait-for-card';

/**
 * A PC/SC failure as data: a {@link PcscErrorCode} from a closed set, whether retrying may
 * help, the operation, and the SCARD_* code (hex, as pcsclite prints it) when the failure
 * came from PC/SC. The message is built from our own table and never contains APDU bytes (a
 * VERIFY carries the PIN); the original error, if any, is kept as `cause`.
 */
export class PcscError extends Error {
  override readonly name = 'PcscError';
  readonly code: PcscErrorCode;
  readonly retriable: boolean;
  readonly operation: PcscOperation;
  /** The SCARD_* value as `0x%08x` (e.g. `0x80100069`), when PC/SC returned one. */
  readonly scard: string | undefined;
  /** The SCARD_* constant name (e.g. `SCARD_W_REMOVED_CARD`), when known. */
  readonly scardName: string | undefined;

  constructor(
    code: PcscErrorCode,
    operation: PcscOperation,
    detail: string,
    options: { readonly scard?: number; readonly cause?: unknown } = {},
  ) {
    const scard = options.scard === undefined ? undefined : formatScard(options.scard);
    const scardName = options.scard === undefined ? undefined : scardCodeInfo(options.scard)?.name;
    const suffix = scard === undefined ? '' : ` [${scardName ?? 'SCARD'} ${scard}]`;
    super(`${operation}: ${detail}${suffix}`, { cause: options.cause });
    this.code = code;
    this.retriable = RETRIABLE[code];
    this.operation = operation;
    this.scard = scard;
    this.scardName = scardName;
  }
}

/** `0x80100069` for 0x80100069: eight lower-case hex digits, as pcsclite's messages print it. */
export function formatScard(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The SCARD_* value at the end of a pcsclite error message. pcsclite formats every failure as
 * `"<SCardFunction> error: <pcsc_stringify_error text>(0x%08lx)"` (src/common.h); messages
 * without that tail (its own "Card Reader not connected", argument checks) give undefined.
 */
export function parseScardCode(message: string): number | undefined {
  const match = /\(0x([0-9a-f]{1,8})\)\s*$/i.exec(message);
  return match?.[1] === undefined ? undefined : parseInt(match[1], 16);
}

/**
 * The one choke point from whatever pcsclite (or the binding) threw to a {@link PcscError}.
 * A PcscError passes through unchanged; an Error carrying an SCARD_* code is mapped through the
 * table (unknown values become `internal` with their hex); anything else is `internal`.
 */
export function toPcscError(error: unknown, operation: PcscOperation): PcscError {
  if (error instanceof PcscError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const value = parseScardCode(message);
  if (value === undefined) {
    return new PcscError('internal', operation, 'unexpected failure in the PC/SC binding', {
      cause: error,
    });
  }
  const info = scardCodeInfo(value);
  if (info === undefined) {
    return new PcscError('internal', operation, 'unknown PC/SC error code', { scard: value, cause: error });
  }
  return new PcscError(info.code, operation, info.description, { scard: value, cause: error });
}
