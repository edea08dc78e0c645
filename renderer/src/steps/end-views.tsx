import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { CancelButton, PrimaryButton } from './actions.tsx';

/**
 * Done: continue on the phone (registration-flow.md step 6). The computer is no longer
 * needed; "register someone else" starts again (a help desk or kiosk).
 */
export function DoneView() {
  const { t } = useTranslation();
  const { run } = useCommands();
  return (
    <StepFrame
      title={t('steps.done.title')}
      actions={
        <PrimaryButton
          testId="action-restart"
          variant="outlined"
          onClick={() => run((remote) => remote.start())}
        >
          {t('steps.done.again')}
        </PrimaryButton>
      }
    >
      <Alert severity="success" role="note">
        <Typography sx={{ fontWeight: 700 }}>{t('steps.done.phone')}</Typography>
      </Alert>
      <Typography>{t('steps.done.close')}</Typography>
    </StepFrame>
  );
}

/**
 * The card left while it was needed (docs/registration-flow.md "Card removal"): everything
 * was wiped; inserting a card starts again from reading it (main follows the readers).
 */
export function CardRemovedView() {
  const { t } = useTranslation();
  return (
    <StepFrame title={t('steps.cardRemoved.title')} actions={<CancelButton />}>
      <Typography>{t('steps.cardRemoved.text')}</Typography>
      <Typography sx={{ fontWeight: 700 }}>{t('steps.cardRemoved.advice')}</Typography>
    </StepFrame>
  );
}
