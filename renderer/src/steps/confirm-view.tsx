import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { BackButton, CancelButton, PrimaryButton } from './actions.tsx';
import { CodeCountdown } from './code-countdown.tsx';
import { HolderDetails } from './holder-details.tsx';
import { HolderPhoto } from './holder-photo.tsx';

/**
 * Confirm and sign (registration-flow.md step 5): the data that will be signed, the photo,
 * the required "I confirm..." box; continue (`confirm()`) leads to the signing PIN, Back to
 * the details.
 */
export function ConfirmView({ snapshot }: { readonly snapshot: SnapshotOf<'confirmData'> }) {
  const { t } = useTranslation();
  const { run } = useCommands();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <StepFrame
      title={t('steps.confirmData.title')}
      actions={
        <>
          <PrimaryButton
            testId="action-continue"
            disabled={!confirmed}
            onClick={() => run((remote) => remote.confirm())}
          >
            {t('steps.confirmData.submit')}
          </PrimaryButton>
          <BackButton />
          <CancelButton />
        </>
      }
    >
      <Typography>{t('confirm.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'flex-start' }}>
        {snapshot.holder.photo === undefined ? null : <HolderPhoto jpeg={snapshot.holder.photo} />}
        <Box sx={{ flex: '1 1 18rem', minWidth: 0 }}>
          <HolderDetails holder={snapshot.holder} contact={snapshot.contact} />
        </Box>
      </Box>
      <CodeCountdown expiresAt={snapshot.codeExpiresAt} />
      <FormControlLabel
        control={
          <Checkbox
            checked={confirmed}
            required
            onChange={(event) => setConfirmed(event.target.checked)}
            slotProps={{ input: { 'data-testid': 'field-confirm' } as Record<string, string> }}
          />
        }
        label={t('confirm.checkbox')}
      />
    </StepFrame>
  );
}
