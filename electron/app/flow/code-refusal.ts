import type { ContactView } from '../../../common/flow/holder-view.ts';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { ServiceClientError } from '../service/service-client-error.ts';

/**
 * The details screen again when the service refused the typed code as such: `code-invalid`
 * (no pending enrolment has it; the tries left come with it) or `code-malformed`. Undefined for
 * any other failure, which the flow shows as an error. The contact data typed stay in the form.
 */
export function codeRefusal(
  error: unknown,
  contact: ContactView | undefined,
): Omit<SnapshotOf<'enterCodeAndContact'>, 'seq' | 'language'> | undefined {
  if (!(error instanceof ServiceClientError)) return undefined;
  if (error.apiCode !== 'code-invalid' && error.apiCode !== 'code-malformed') return undefined;
  return {
    step: 'enterCodeAndContact',
    codeBound: false,
    codeProblem: error.apiCode === 'code-invalid' ? 'unknown' : 'malformed',
    ...(contact === undefined ? {} : { contact }),
    ...(error.triesLeft === undefined ? {} : { codeTriesLeft: error.triesLeft }),
  };
}
