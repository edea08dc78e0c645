import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSessionState } from '../../../common/operator/operator-view.ts';
import { OPERATOR_NS } from './operator-i18n.ts';

/** Props of {@link SessionActions}. */
export interface SessionActionsProps {
  readonly session: OperatorSessionState;
  readonly onStart: () => void;
  readonly onAbort: () => void;
}

/**
 * "Start new session" (when none is in progress: starting would end the citizen's) and "Abort
 * session" (when there is one to end), which asks first: it erases what the citizen did.
 */
export function SessionActions({ session, onStart, onAbort }: SessionActionsProps) {
  const { t } = useTranslation(OPERATOR_NS);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const textId = useId();
  const answer = (abort: boolean) => {
    setAsking(false);
    if (abort) onAbort();
  };
  return (
    <>
      <Stack
        direction="row"
        role="group"
        aria-label={t('actions.label')}
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap' }}
      >
        <Button
          variant="contained"
          data-testid="operator-start"
          disabled={session === 'inProgress'}
          onClick={onStart}
        >
          {t('actions.start')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          data-testid="operator-abort"
          disabled={session === 'idle'}
          onClick={() => setAsking(true)}
        >
          {t('actions.abort')}
        </Button>
      </Stack>
      <Dialog
        open={asking}
        onClose={() => answer(false)}
        aria-labelledby={titleId}
        aria-describedby={textId}
        data-testid="operator-abort-dialog"
      >
        <DialogTitle id={titleId}>{t('abortDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>{t('abortDialog.text')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button autoFocus data-testid="operator-abort-keep" onClick={() => answer(false)}>
            {t('abortDialog.keep')}
          </Button>
          <Button
            variant="contained"
            color="error"
            data-testid="operator-abort-confirm"
            onClick={() => answer(true)}
          >
            {t('abortDialog.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
