import type { CorpusCategory, CorpusEntry } from './corpus-types.ts';
import { APPLICATION_ENTRIES } from './entries-application.ts';
import { CARD_FILE_ENTRIES } from './entries-card-files.ts';
import { CERTIFICATE_ENTRIES } from './entries-certificates.ts';
import { CODE_ENTRIES } from './entries-code.ts';
import { ENCODING_ENTRIES } from './entries-encoding.ts';
import { REQUEST_SHAPE_ENTRIES } from './entries-request-shape.ts';
import { SESSION_ENTRIES } from './entries-session.ts';
import { TOKEN_ENTRIES } from './entries-token.ts';

/** The whole negative corpus, in the order it runs. */
export const CORPUS: readonly CorpusEntry[] = [
  ...TOKEN_ENTRIES,
  ...CERTIFICATE_ENTRIES,
  ...SESSION_ENTRIES,
  ...CODE_ENTRIES,
  ...CARD_FILE_ENTRIES,
  ...APPLICATION_ENTRIES,
  ...ENCODING_ENTRIES,
  ...REQUEST_SHAPE_ENTRIES,
];

/** Entries per category: kept equal to the corpus (and the test's header), so none goes missing unnoticed. */
export const CATEGORY_COUNTS: Readonly<Record<CorpusCategory, number>> = {
  'forged-or-truncated-signature': 14,
  'certificate-of-another-person': 5,
  'wrong-chain': 9,
  'expired-or-not-yet-valid': 5,
  'revoked-certificate': 4,
  'wrong-key-usage': 6,
  'replayed-or-expired-nonce': 6,
  'wrong-origin': 3,
  'identity-file-altered': 5,
  'address-signature-wrong-data': 4,
  'code-brute-force': 3,
  'expired-code': 3,
  'code-of-another-enrolment': 3,
  'oversized-body': 4,
  'malformed-json-base64-der': 18,
  'wrong-content-type': 5,
  'unknown-fields': 6,
  'card-files': 2,
  'application-content': 9,
  'session-state': 9,
  'request-shape': 10,
};
