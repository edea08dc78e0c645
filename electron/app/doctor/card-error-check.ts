import { BelpicError } from '../../../native/belpic/belpic-error.ts';
import { PcscError } from '../../../native/pcsc/pcsc-error.ts';
import { check, type DoctorCheck } from './doctor-check.ts';

/**
 * The check for an error met while talking to the card: each typed error gets its own words
 * and advice; anything unexpected is reported by its code, never by its message.
 */
export function cardErrorCheck(error: unknown): DoctorCheck {
  if (error instanceof BelpicError) {
    switch (error.code) {
      case 'not-belgian-eid':
        return check.problem('card', 'doctor.card.notBelgian', 'doctor.card.notBelgianAdvice');
      case 'unsupported-applet':
        return check.problem('card', 'doctor.card.unsupported', 'doctor.card.unsupportedAdvice');
      case 'card-not-personalised':
        return check.problem('card', 'doctor.card.notPersonalised', 'doctor.card.contactMunicipality');
      case 'card-defective':
        return check.problem('card', 'doctor.card.defective', 'doctor.card.contactMunicipality');
      default:
        return check.problem('card', 'doctor.card.error', 'doctor.card.retryAdvice', { code: error.code });
    }
  }
  if (error instanceof PcscError) {
    switch (error.code) {
      case 'card-removed':
      case 'no-card':
        return check.problem('card', 'doctor.card.removed', 'doctor.card.insertAdvice');
      case 'card-unresponsive':
      case 'timeout':
        return check.problem('card', 'doctor.card.unreadable', 'doctor.card.unreadableAdvice');
      case 'sharing-violation':
        return check.problem('card', 'doctor.card.busy', 'doctor.card.busyAdvice');
      default:
        return check.problem('card', 'doctor.card.error', 'doctor.card.retryAdvice', { code: error.code });
    }
  }
  return check.problem('card', 'doctor.card.error', 'doctor.card.retryAdvice', { code: 'internal' });
}
