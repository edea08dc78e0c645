import { useSyncExternalStore } from 'react';
import type { OperatorRemote } from '../../../common/operator/operator-remote.ts';
import type { OperatorView } from '../../../common/operator/operator-view.ts';

/** The newest operator view; re-renders on each new one. */
export function useOperatorView(remote: OperatorRemote): OperatorView {
  return useSyncExternalStore(
    (changed) => remote.onView(changed),
    () => remote.view,
  );
}
