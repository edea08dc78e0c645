import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import type { FlowError } from '../../../common/flow/flow-errors.ts';
import { BelpicError } from '../../../native/belpic/index.ts';
import { PcscError } from '../../../native/pcsc/index.ts';
import { ServiceClientError } from '../service/service-client-error.ts';
import { FlowFailure } from './flow-failure.ts';

/** Service refusals that mean the session is gone: start again from authentication. */
const SESSION_GONE: ReadonlySet<ApiErrorCode> = new Set([
  'session-not-found',
  'session-expired',
  'session-closed',
  'session-wrong-state',
  'nonce-expired',
  'nonce-used',
  'nonce-invalid',
]);

/** Whether `error` means the card left the reader (or the reader left the computer). */
export function isCardGone(error: unknown): boolean {
  return (
    error instanceof PcscError &&
    (error.code === 'card-removed' || error.code === 'no-card' || error.code === 'reader-unavailable')
  );
}

function fromService(error: ServiceClientError, retryTo: FlowError['retryTo']): FlowFailure {
  const transient = { retryTo };
  switch (error.code) {
    case 'unreachable':
    case 'cancelled':
      return new FlowFailure('service-unreachable', transient);
    case 'timeout':
      return new FlowFailure('service-timeout', transient);
    case 'tls':
      return new FlowFailure('service-tls', transient);
    case 'rate-limited':
      return new FlowFailure('service-busy', transient);
    case 'rejected':
      break;
    default:
      return new FlowFailure('service-error', {
        retryTo,
        ...(error.apiCode ? { serviceCode: error.apiCode } : {}),
      });
  }
  const serviceCode = error.apiCode;
  const withCode = serviceCode === undefined ? {} : { serviceCode };
  if (serviceCode !== undefined && SESSION_GONE.has(serviceCode))
    return new FlowFailure('session-expired', { retryTo: 'authenticatePin', ...withCode });
  // A new code needs a new session: the service binds one code per session (a bound session
  // answers session-wrong-state to another code), so these go back to authentication, which
  // then leads to the details with the contact data kept.
  if (serviceCode === 'code-expired') return new FlowFailure('code-expired', { retryTo: 'authenticatePin' });
  if (serviceCode === 'code-tries-exhausted')
    return new FlowFailure('code-tries-exhausted', { retryTo: 'authenticatePin' });
  if (serviceCode === 'enrolment-wrong-state' || serviceCode === 'enrolment-expired')
    return new FlowFailure('code-used', { retryTo: 'authenticatePin' });
  if (
    serviceCode?.startsWith('token-') ||
    serviceCode?.startsWith('certificate-') ||
    serviceCode === 'origin-mismatch'
  )
    return new FlowFailure('authentication-refused', withCode);
  return new FlowFailure('application-refused', withCode);
}

/**
 * Any error a step can meet, as a {@link FlowFailure}: card and reader errors (PC/SC, BELPIC),
 * service errors, or `internal` for anything unexpected (its message is not kept: it could
 * hold data). `retryTo` is where a transient failure lets the person try again.
 */
export function toFlowFailure(error: unknown, retryTo: FlowError['retryTo']): FlowFailure {
  if (error instanceof FlowFailure) return error;
  if (error instanceof ServiceClientError) return fromService(error, retryTo);
  if (error instanceof PcscError) {
    if (error.code === 'service-unavailable')
      return new FlowFailure('pcsc-unavailable', { retryTo: 'waitingForReader' });
    if (error.code === 'sharing-violation')
      return new FlowFailure('card-in-use', { retryTo: 'waitingForCard' });
    return new FlowFailure('card-unreadable', { retryTo: 'waitingForCard' });
  }
  if (error instanceof BelpicError) {
    switch (error.code) {
      case 'not-belgian-eid':
        return new FlowFailure('card-not-eid', { retryTo: 'waitingForCard' });
      case 'unsupported-applet':
      case 'card-not-personalised':
        return new FlowFailure('card-unsupported', { retryTo: 'waitingForCard' });
      case 'pin-blocked':
        return new FlowFailure('pin-blocked');
      case 'key-not-found':
        return new FlowFailure('no-signing-certificate');
      default:
        return new FlowFailure('card-unreadable', { retryTo: 'waitingForCard' });
    }
  }
  return new FlowFailure('internal', { retryTo: 'welcome' });
}
