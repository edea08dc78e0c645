import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { CancelButton } from './actions.tsx';
import { ReaderList } from './reader-list.tsx';

/**
 * Waiting for a card (registration-flow.md steps 1–2): the readers and their cards; when
 * several hold an eID, the person chooses one (`chooseReader`).
 */
export function WaitingForCardView({ snapshot }: { readonly snapshot: SnapshotOf<'waitingForCard'> }) {
  const { t } = useTranslation();
  const eids = snapshot.readers.filter((reader) => reader.card === 'eid').length;
  const choose = eids > 1 && snapshot.chosenReader === undefined;
  return (
    <StepFrame title={t('steps.waitingForCard.title')} actions={<CancelButton />}>
      <Typography>{t(choose ? 'steps.waitingForCard.choose' : 'steps.waitingForCard.insert')}</Typography>
      <ReaderList readers={snapshot.readers} choose={choose} />
    </StepFrame>
  );
}
