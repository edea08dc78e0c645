import type { ApiErrorCode } from '../../../../common/api/error-codes.ts';
import type { CorpusContext } from './corpus-context.ts';

/**
 * The categories of the issue ("a negative corpus of at least 40 requests …"), each of which
 * the corpus must cover with at least one entry.
 */
export const ISSUE_CATEGORIES = [
  'forged-or-truncated-signature',
  'certificate-of-another-person',
  'wrong-chain',
  'expired-or-not-yet-valid',
  'revoked-certificate',
  'wrong-key-usage',
  'replayed-or-expired-nonce',
  'wrong-origin',
  'identity-file-altered',
  'address-signature-wrong-data',
  'code-brute-force',
  'expired-code',
  'code-of-another-enrolment',
  'oversized-body',
  'malformed-json-base64-der',
  'wrong-content-type',
  'unknown-fields',
] as const;

/** Further categories the corpus covers beyond the issue's list. */
export const EXTRA_CATEGORIES = [
  'card-files', // photo, RRN certificate
  'application-content', // the signed application against the card, session and contact
  'session-state', // steps out of order, unknown or closed sessions, the enrolment itself
  'request-shape', // missing fields, wrong types, invalid values
] as const;

export type CorpusCategory = (typeof ISSUE_CATEGORIES)[number] | (typeof EXTRA_CATEGORIES)[number];

/** One HTTP request of the corpus. */
export interface CorpusRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** JSON unless a string (sent as is). */
  readonly body?: unknown;
  /** Default `application/json` when there is a body; `null` sends no content type at all. */
  readonly contentType?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One whole answer (status, headers and the raw body text). */
export interface CorpusAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  readonly text: string;
}

/** What an entry built: the broken request, and optionally the same request unbroken. */
export interface CorpusAttack {
  readonly request: CorpusRequest;
  /**
   * The request before it was broken, sent after every check (clock restored): it must be
   * accepted (201), proving that the refusal came from the one thing the entry broke and that
   * the refused attempt left nothing behind that would stop the genuine one.
   */
  readonly intact?: CorpusRequest;
}

/** Which app an entry runs against: the plain one, or one checking OCSP at a local responder. */
export type CorpusAppName = 'plain' | 'ocsp-citizen-1.8' | 'ocsp-citizen-1.7';

/** One entry of the negative corpus. */
export interface CorpusEntry {
  /** Unique, kebab-case. */
  readonly id: string;
  readonly category: CorpusCategory;
  readonly description: string;
  /** Default `plain`. */
  readonly app?: CorpusAppName;
  /** Builds the attack from a fresh valid registration (preliminary steps included). */
  readonly request: (context: CorpusContext) => Promise<CorpusAttack>;
  readonly status: number;
  readonly code: ApiErrorCode;
  /** What every enrolment the entry touched reads afterwards (default `pending`). */
  readonly enrolmentAfter?: 'pending' | 'expired';
  /** Further checks of the answer (e.g. `triesLeft`, `Retry-After`). */
  readonly check?: (answer: CorpusAnswer, body: { error: Record<string, unknown> }) => void;
}
