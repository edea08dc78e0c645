import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { CancelButton } from './actions.tsx';

/**
 * No reader yet (registration-flow.md step 1): either the smart card service (pcscd, the
 * Windows "Smart Card" service) is not running, or no reader is connected. The flow follows
 * the readers by itself, so there is nothing to press but Cancel.
 */
export function WaitingForReaderView({ snapshot }: { readonly snapshot: SnapshotOf<'waitingForReader'> }) {
  const { t } = useTranslation();
  return (
    <StepFrame title={t('steps.waitingForReader.title')} actions={<CancelButton />}>
      {snapshot.pcscAvailable ? (
        <>
          <Typography>{t('steps.waitingForReader.noReader')}</Typography>
          <Typography>{t('steps.waitingForReader.noReaderAdvice')}</Typography>
        </>
      ) : (
        <Alert severity="warning" role="note">
          <Typography sx={{ fontWeight: 700 }}>{t('steps.waitingForReader.noService')}</Typography>
          <Typography>{t('steps.waitingForReader.noServiceAdvice')}</Typography>
        </Alert>
      )}
      <Typography color="text.secondary">{t('steps.waitingForReader.automatic')}</Typography>
    </StepFrame>
  );
}
