import { useTranslation } from 'react-i18next';
import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import { announcementsOf, type Message } from '../steps/announcements.ts';
import { LiveRegions } from './live-regions.tsx';

/** The live regions' words for the current snapshot (see `announcementsOf`). */
export function Announcer({ snapshot }: { readonly snapshot: FlowSnapshot }) {
  const { t } = useTranslation();
  const say = (message: Message | undefined) =>
    message === undefined ? '' : t(message.key, { ...message.values });
  const { polite, assertive } = announcementsOf(snapshot);
  return <LiveRegions polite={say(polite)} assertive={say(assertive)} />;
}
