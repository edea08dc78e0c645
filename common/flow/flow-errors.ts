import { Type, type Static } from 'typebox';
import { FLOW_STEPS } from './steps.ts';

/**
 * Every way the registration flow can stop, as data: a stable `code` the renderer maps to its
 * own translated title, text and action, the `category` it belongs to, and the step a retry
 * goes back to. Never a PIN, identity data or a stack (architecture.md, style.md).
 */
export const FLOW_ERROR_CODES = [
  // The computer
  'pcsc-unavailable', // the PC/SC service (pcscd, WinSCard) is not running
  // The card
  'card-unreadable', // mute, upside down, dirty contacts
  'card-not-eid', // another smart card (bank card…)
  'card-unsupported', // an eID applet older than 1.7
  'card-in-use', // another program holds the card exclusively
  'card-expired',
  'certificates-inactive', // authentication certificate not valid (revoked at issue, not yet valid…)
  'no-signing-certificate', // Kids-ID, or a card whose signing certificate was revoked
  'card-data-invalid', // the RRN signatures over identity or address do not verify
  'pin-blocked',
  'card-changed', // a different card than the one read was inserted
  // The registration service
  'service-unreachable',
  'service-timeout',
  'service-tls',
  'service-busy', // rate limited or overloaded
  'service-error', // 5xx, or an answer that is not the API's
  'session-expired',
  'authentication-refused', // the service did not accept the card's authentication
  'code-expired',
  'code-tries-exhausted',
  'code-used', // bound to another session already
  'application-refused', // the service refused the signed application
  // The person
  'idle-timeout',
  // Anything else
  'internal',
] as const;

export type FlowErrorCode = (typeof FLOW_ERROR_CODES)[number];

export const FLOW_ERROR_CATEGORIES = [
  'computer',
  'card',
  'pin',
  'service',
  'code',
  'person',
  'internal',
] as const;
export type FlowErrorCategory = (typeof FLOW_ERROR_CATEGORIES)[number];

/** The category of each code: which help the renderer offers (reader, card, municipality, network…). */
export const CATEGORY_OF_ERROR: Readonly<Record<FlowErrorCode, FlowErrorCategory>> = {
  'pcsc-unavailable': 'computer',
  'card-unreadable': 'card',
  'card-not-eid': 'card',
  'card-unsupported': 'card',
  'card-in-use': 'card',
  'card-expired': 'card',
  'certificates-inactive': 'card',
  'no-signing-certificate': 'card',
  'card-data-invalid': 'card',
  'pin-blocked': 'pin',
  'card-changed': 'card',
  'service-unreachable': 'service',
  'service-timeout': 'service',
  'service-tls': 'service',
  'service-busy': 'service',
  'service-error': 'service',
  'session-expired': 'service',
  'authentication-refused': 'service',
  'code-expired': 'code',
  'code-tries-exhausted': 'code',
  'code-used': 'code',
  'application-refused': 'service',
  'idle-timeout': 'person',
  internal: 'internal',
};

/** A flow error as it crosses the IPC boundary. */
export const FlowErrorSchema = Type.Object(
  {
    code: Type.Enum([...FLOW_ERROR_CODES], { type: 'string' }),
    category: Type.Enum([...FLOW_ERROR_CATEGORIES], { type: 'string' }),
    /** Where "try again" goes; absent when only starting over makes sense. */
    retryTo: Type.Optional(Type.Enum([...FLOW_STEPS], { type: 'string' })),
    /** The service's API error code, when the service refused something (for support). */
    serviceCode: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z-]+$' })),
  },
  { additionalProperties: false },
);
export type FlowError = Static<typeof FlowErrorSchema>;

/** A {@link FlowError} for `code`, with its category. */
export function flowError(
  code: FlowErrorCode,
  options: { retryTo?: FlowError['retryTo']; serviceCode?: string } = {},
): FlowError {
  return {
    code,
    category: CATEGORY_OF_ERROR[code],
    ...(options.retryTo === undefined ? {} : { retryTo: options.retryTo }),
    ...(options.serviceCode === undefined ? {} : { serviceCode: options.serviceCode }),
  };
}
