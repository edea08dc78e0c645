import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../../common/api/paths.ts';
import { startCorpusApps, type CorpusApps } from './corpus-apps.ts';
import { createContext } from './corpus-context.ts';
import { CATEGORY_COUNTS, CORPUS } from './corpus.ts';
import { ISSUE_CATEGORIES, type CorpusEntry } from './corpus-types.ts';
import { expectRefusal } from './refusal-checks.ts';

/**
 * The registration service's negative corpus: every entry starts from a fresh, valid
 * registration made by a virtual card in process, breaks it in one way, and sends it to the
 * REAL app with the REAL verifier and SQLite (two apps also check OCSP at a local `openssl
 * ocsp` responder). Each must be refused with its exact status and code, a body
 * `{ error: { code, message } }` without any trace of internals, the security headers, and
 * nothing stored: no application, no enrolment or session moved forward (the repository
 * records every advancing call), every enrolment involved still `pending` (or `expired` when
 * the clock was moved past the code). Where the unbroken request can still be sent afterwards,
 * it is, and must be accepted.
 *
 * Entries per category (CATEGORY_COUNTS in corpus.ts, which a test keeps equal to the corpus):
 *
 *   forged-or-truncated-signature 14  token, CMS, RRN signatures flipped or cut; alg/format; signing-time
 *   certificate-of-another-person  5  another holder's token or signing certificate, CMS, registration
 *   wrong-chain                    9  CA of the other PKI, Foreigner CA, root as CA, impostor CA, RRN
 *   expired-or-not-yet-valid       5  expired cards, clock before the certificates, expired signing cert.
 *   revoked-certificate            4  OCSP: revoked auth and signing certificates, unknown (fail closed)
 *   wrong-key-usage                6  signing key in the token, auth key for the application, CA as RRN
 *   replayed-or-expired-nonce      6  replays, used up by a refused token, expired, of another session
 *   wrong-origin                   3  tokens made for another origin, http://, an explicit port
 *   identity-file-altered          5  bytes flipped, files of another card, all files of another person
 *   address-signature-wrong-data   4  another card's signature, the identity signature, address changed
 *   code-brute-force               3  the fifth wrong code, the right one after it, per-address limit
 *   expired-code                   3  binding and submitting after the code expired
 *   code-of-another-enrolment      3  a code bound elsewhere, a second code, application for another
 *   oversized-body                 4  bodies over 256 KiB, fields over their limits
 *   malformed-json-base64-der     18  JSON cut, __proto__, arrays, empty; bad base64; not DER, not certs
 *   wrong-content-type             5  text/plain, form, multipart, XML, none
 *   unknown-fields                 6  top level, files, contact, token, code; a body where none is taken
 *   — beyond the issue —
 *   card-files                     2  photo altered or of another card
 *   application-content            9  surname, address, contact, session differ; no photo; not canonical
 *   session-state                  9  out of order, closed/unknown/expired sessions, route, enrolment
 *   request-shape                 10  missing fields, wrong types, invalid values, malformed codes
 *
 *   total 133
 */

let corpus: CorpusApps;
let clients = 0;

beforeAll(async () => {
  corpus = await startCorpusApps();
});
afterAll(async () => {
  await corpus?.close();
});

/** A client address of its own per entry, so the per-address code rate limit is the entry's. */
function nextAddress(): string {
  clients++;
  return `198.18.${clients >> 8}.${clients & 255}`;
}

async function run(entry: CorpusEntry): Promise<void> {
  const target = corpus.apps[entry.app ?? 'plain'];
  const { context, tracked } = createContext(target, corpus.clock, nextAddress());
  const before = await target.repository.countApplications();
  try {
    const attack = await entry.request(context);
    expect(tracked.length, 'every entry involves an enrolment').toBeGreaterThan(0);
    target.advanced.length = 0;
    const answer = await context.send(attack.request);
    const body = expectRefusal(answer, entry);
    entry.check?.(answer, body);

    expect(target.advanced, 'repository calls that moved something forward').toEqual([]);
    expect(await target.repository.countApplications()).toBe(before);
    for (const { enrolmentId, pollToken } of tracked) {
      const headers = { authorization: `Bearer ${pollToken}` };
      const polled = await context.api('GET', API_PATHS.enrolment(enrolmentId), undefined, headers);
      expect(polled.status).toBe(200);
      expect(polled.body.status).toBe(entry.enrolmentAfter ?? 'pending');
      expect(polled.body.holderName).toBeUndefined();
    }

    if (attack.intact !== undefined) {
      corpus.clock.reset();
      const accepted = await context.send(attack.intact);
      expect(accepted.status, `the unbroken request: ${accepted.text}`).toBe(201);
      // The recorder sees a store, so its silence above meant something.
      expect(target.advanced).toContain('storeApplication');
    }
  } finally {
    corpus.clock.reset();
  }
}

describe('the negative corpus', () => {
  it.each(CORPUS.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    await run(entry);
  });
});

describe('the corpus itself', () => {
  it('has at least 40 entries, each with a unique id', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((entry) => entry.id)).size).toBe(CORPUS.length);
  });

  it('covers every category of the issue', () => {
    const covered = new Set(CORPUS.map((entry) => entry.category));
    for (const category of ISSUE_CATEGORIES) expect(covered, category).toContain(category);
  });

  it('has the number of entries per category the header lists', () => {
    const counts: Record<string, number> = {};
    for (const { category } of CORPUS) counts[category] = (counts[category] ?? 0) + 1;
    expect(counts).toEqual(CATEGORY_COUNTS);
  });
});
