import type { PinStatus } from '../../../native/belpic/verify-pin.ts';
import type { CardIntegrityReport } from '../../../common/eid/integrity/integrity-report.ts';
import { check, type DoctorCheck } from './doctor-check.ts';

/** PIN tries, read without spending one (belpic-protocol.md §6.1). */
export function pinCheck(status: PinStatus): DoctorCheck {
  switch (status.kind) {
    case 'blocked':
      return check.problem('pin', 'doctor.pin.blocked', 'doctor.pin.blockedAdvice');
    case 'verified':
      return check.ok('pin', 'doctor.pin.verified');
    case 'tries-left':
      return status.triesLeft >= 3
        ? check.ok('pin', 'doctor.pin.triesLeft', { tries: status.triesLeft })
        : check.warning('pin', 'doctor.pin.fewTries', 'doctor.pin.fewTriesAdvice', {
            tries: status.triesLeft,
          });
  }
}

/** The integrity report as one check, naming the first failed part. */
export function integrityCheck(report: CardIntegrityReport): DoctorCheck {
  const failed = report.checks.find((c) => c.status === 'failed');
  if (failed) {
    const advice =
      failed.name === 'rrn-certificate-chain' && failed.reason === 'untrusted-root'
        ? 'doctor.certificate.untrustedAdvice'
        : 'doctor.integrity.failedAdvice';
    return check.problem('integrity', 'doctor.integrity.failed', advice, {
      part: failed.name,
      reason: failed.reason,
    });
  }
  if (report.outcome === 'incomplete') {
    return check.warning('integrity', 'doctor.integrity.incomplete', 'doctor.card.retryAdvice');
  }
  return check.ok('integrity', 'doctor.integrity.passed');
}

/** INTERNAL AUTHENTICATE result (1.8). */
export function chipCheck(genuine: boolean): DoctorCheck {
  return genuine
    ? check.ok('chip', 'doctor.chip.genuine')
    : check.problem('chip', 'doctor.chip.failed', 'doctor.integrity.failedAdvice');
}
