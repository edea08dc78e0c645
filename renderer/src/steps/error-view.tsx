import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { errorAction, errorMessageKeys } from '../i18n/error-messages.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { CancelButton, PrimaryButton } from './actions.tsx';

/**
 * The flow stopped (style.md rule 6; registration-flow.md step 1 "says exactly what is
 * missing"): the error's own title, what to do, and its action: "try again" (`retry()`, to
 * the step the error names) or "start again" (`start()`), plus Cancel back to the start.
 * The service's code is shown for the help desk.
 */
export function ErrorView({ snapshot }: { readonly snapshot: SnapshotOf<'error'> }) {
  const { t } = useTranslation();
  const { run } = useCommands();
  const { error } = snapshot;
  const keys = errorMessageKeys(error.code);
  const action = errorAction(error);
  return (
    <StepFrame
      title={t(keys.title)}
      actions={
        <>
          {action === 'retry' ? (
            <PrimaryButton testId="action-retry" onClick={() => run((remote) => remote.retry())}>
              {t(keys.action)}
            </PrimaryButton>
          ) : (
            <PrimaryButton testId="action-restart" onClick={() => run((remote) => remote.start())}>
              {t(keys.action)}
            </PrimaryButton>
          )}
          <CancelButton />
        </>
      }
    >
      <Alert severity="error" role="note">
        {t(keys.text)}
      </Alert>
      <Typography color="text.secondary">
        {t('errors.reference', { code: error.serviceCode ?? error.code })}
      </Typography>
    </StepFrame>
  );
}
