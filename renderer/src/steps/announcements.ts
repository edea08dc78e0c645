import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { errorMessageKeys } from '../i18n/error-messages.ts';
import { STEP_TITLE_KEY } from './step-meta.ts';

/** A translation key with its values. */
export interface Message {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** What the live regions say for a snapshot (issue 6 point 6). */
export interface Announcements {
  /** The step's title, read politely when the step changes. */
  readonly polite?: Message;
  /** A refusal to read at once: wrong PIN, refused code or contact data, an error screen. */
  readonly assertive?: Message;
}

/**
 * The announcements of `snapshot`: errors are assertive (and an error screen's title is not
 * read twice), everything else polite. Pure: the caller translates and only changes the live
 * region's text when the result changes.
 */
export function announcementsOf(snapshot: FlowSnapshot): Announcements {
  switch (snapshot.step) {
    case 'error':
      return { assertive: { key: errorMessageKeys(snapshot.error.code).title } };
    case 'authenticatePin':
    case 'signPin':
      return {
        polite: { key: STEP_TITLE_KEY[snapshot.step] },
        ...(snapshot.wrongPin
          ? { assertive: { key: 'pin.wrong', values: { count: snapshot.pinTriesLeft } } }
          : {}),
      };
    case 'enterCodeAndContact':
      return { polite: { key: STEP_TITLE_KEY[snapshot.step] }, ...detailsProblem(snapshot) };
    default:
      return { polite: { key: STEP_TITLE_KEY[snapshot.step] } };
  }
}

function detailsProblem(snapshot: Extract<FlowSnapshot, { step: 'enterCodeAndContact' }>): Announcements {
  if (snapshot.contactProblem !== undefined)
    return { assertive: { key: `details.problem.${snapshot.contactProblem}` } };
  if (snapshot.codeProblem === 'malformed') return { assertive: { key: 'details.problem.code-malformed' } };
  if (snapshot.codeProblem === 'unknown')
    return {
      assertive:
        snapshot.codeTriesLeft === undefined
          ? { key: 'details.problem.code-unknown' }
          : { key: 'details.problem.code-unknown-tries', values: { count: snapshot.codeTriesLeft } },
    };
  return {};
}
