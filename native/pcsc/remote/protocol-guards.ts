import type { CallMessage, HostMessage, ParentMessage } from './protocol.ts';

/**
 * Checks of the messages of protocol.ts, one per type, written by hand (no schema library in
 * native/). A message that passes has exactly the fields its type needs, of the right kinds.
 */
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isUint32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const oneOf =
  <T extends string>(...values: readonly T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T);
const isActive = oneOf('T0', 'T1');

const CALLS: Record<CallMessage['op'], (m: Fields) => boolean> = {
  connect: (m) => oneOf('shared', 'exclusive')(m.share) && oneOf('T0', 'T1', 'any')(m.protocol),
  transmit: (m) => isBytes(m.command) && isUint32(m.maxResponseLength) && isActive(m.protocol),
  control: (m) => isUint32(m.code) && isBytes(m.data) && isUint32(m.maxResponseLength),
  disconnect: (m) => oneOf('leave', 'reset')(m.disposition),
};

const PARENT: Record<ParentMessage['type'], (m: Fields) => boolean> = {
  open: () => true,
  close: () => true,
  'close-reader': (m) => isId(m.reader),
  call: (m) =>
    isId(m.id) &&
    isId(m.reader) &&
    Object.hasOwn(CALLS, m.op as string) &&
    CALLS[m.op as CallMessage['op']](m),
};

const HOST: Record<HostMessage['type'], (m: Fields) => boolean> = {
  reader: (m) => isId(m.reader) && isString(m.name),
  status: (m) =>
    isId(m.reader) && isBoolean(m.present) && isBoolean(m.mute) && isBytes(m.atr) && isUint32(m.eventCount),
  'reader-error': (m) => isId(m.reader) && isString(m.message),
  'reader-end': (m) => isId(m.reader),
  'context-error': (m) => isString(m.message),
  result: (m) => isId(m.id) && (m.value === null || isActive(m.value) || isBytes(m.value)),
  failure: (m) => isId(m.id) && isString(m.message),
};

function check<T>(table: Record<string, (m: Fields) => boolean>, value: unknown): value is T {
  return (
    isObject(value) && isString(value.type) && Object.hasOwn(table, value.type) && table[value.type]!(value)
  );
}

/** Whether `value` is a well-formed {@link ParentMessage}. */
export const isParentMessage = (value: unknown): value is ParentMessage => check(PARENT, value);

/** Whether `value` is a well-formed {@link HostMessage}. */
export const isHostMessage = (value: unknown): value is HostMessage => check(HOST, value);

/** The message's `type` for a diagnostic (never its content), or what it was instead. */
export function describeMessage(value: unknown): string {
  if (!isObject(value)) return value === null ? 'null' : typeof value;
  return isString(value.type) ? `type ${JSON.stringify(value.type.slice(0, 40))}` : 'object without a type';
}

/** An error's message as it may cross (truncated; the SCARD_* code stays at its end when short). */
export function messageOf(error: unknown, max: number): string {
  const message = error instanceof Error ? error.message : 'unexpected failure';
  if (message.length <= max) return message;
  const code = /\(0x[0-9a-f]{1,8}\)\s*$/i.exec(message)?.[0] ?? '';
  return message.slice(0, max - code.length) + code;
}
