import type { ChainFailureReason } from '../../pki/chain-result.ts';

/** The checks of `checkCardIntegrity`, in report order (belpic-protocol.md §5.2 recipe). */
export type IntegrityCheckName =
  /** RRN certificate `503C` chains to a trust anchor (pki-and-signing.md §3.6, §4.4 item 1). */
  | 'rrn-certificate-chain'
  /** The card's root `503B` has the same public key as the anchor of that chain (eid-mw `eid_vwr_verify_rrncert`). */
  | 'card-root'
  /** `4032` over `4031` (§5.1). */
  | 'identity-signature'
  /** `4034` over stripped `4033` ‖ `4032` (§5.1). */
  | 'address-signature'
  /** hash(`4035`) == identity tag `11` (§4.6). */
  | 'photo-hash'
  /** SHA-384(`4040`) == identity tag `1A` (§4.6, 1.8 only). */
  | 'basic-key-hash';

/** Why a check failed: a chain reason, or one of the data checks' reasons. */
export type IntegrityFailureReason =
  ChainFailureReason | 'signature-mismatch' | 'unsupported-key' | 'hash-mismatch' | 'root-key-mismatch';

/**
 * Why a check did not run: `not-applicable` (the card has no such object, e.g. no tag `1A`
 * before applet 1.8), `input-missing` (the caller did not pass the file), or
 * `prerequisite-failed` (it depends on a check that failed).
 */
export type NotCheckedReason = 'not-applicable' | 'input-missing' | 'prerequisite-failed';

/** The result of one check; `detail` is for logs and never holds card content. */
export type CheckOutcome =
  | { readonly status: 'passed'; readonly detail: string }
  | { readonly status: 'failed'; readonly reason: IntegrityFailureReason; readonly detail: string }
  | { readonly status: 'not-checked'; readonly reason: NotCheckedReason; readonly detail: string };

/** One line of the report. */
export type IntegrityCheck = { readonly name: IntegrityCheckName } & CheckOutcome;

/**
 * The integrity report: `failed` when any check failed, `incomplete` when none failed but one
 * did not run for a reason other than `not-applicable`, `passed` otherwise.
 */
export interface CardIntegrityReport {
  readonly outcome: 'passed' | 'failed' | 'incomplete';
  readonly checks: readonly IntegrityCheck[];
}

/** The report's outcome from its checks (see {@link CardIntegrityReport}). */
export function integrityOutcome(checks: readonly IntegrityCheck[]): CardIntegrityReport['outcome'] {
  if (checks.some((c) => c.status === 'failed')) return 'failed';
  if (checks.some((c) => c.status === 'not-checked' && c.reason !== 'not-applicable')) return 'incomplete';
  return 'passed';
}
