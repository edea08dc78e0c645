import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';

/** The flow in main as the views hold it (common/flow/wizard-remote.ts). */
export const RemoteContext = createContext<WizardRemote | undefined>(undefined);

/** The connected {@link WizardRemote}; only inside the connected app. */
export function useRemote(): WizardRemote {
  const remote = useContext(RemoteContext);
  if (remote === undefined) throw new Error('useRemote outside RemoteContext');
  return remote;
}

/** The newest snapshot, re-rendering on every newer one (style.md "Stores": useSyncExternalStore). */
export function useSnapshot(remote: WizardRemote): FlowSnapshot {
  return useSyncExternalStore(remote.onSnapshot, () => remote.snapshot);
}
