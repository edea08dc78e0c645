import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import type { OperatorView } from '../../../common/operator/operator-view.ts';
import { StepIndicator } from '../shell/step-indicator.tsx';
import { OPERATOR_NS } from './operator-i18n.ts';

/** The hint under the status, when the state has one. */
function hintKey(view: OperatorView): string | undefined {
  if (view.session === 'idle') return 'hint.idle';
  if (view.session === 'done') return 'hint.done';
  if (view.step === 'cardRemoved') return 'hint.cardRemoved';
  if (view.pinTriesLeft === 1) return 'hint.lastTry';
  return undefined;
}

/** `since` as a time of day in the operator's language. */
function timeOf(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** One labelled row of the status list. */
function Row({
  label,
  testId,
  children,
}: {
  readonly label: string;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '14rem 1fr' },
        gap: { xs: 0, sm: 2 },
        py: 1,
      }}
    >
      <Typography component="dt" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      <Typography component="dd" data-testid={testId} sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

/**
 * The session as the operator sees it: its state, the citizen's step in words and since when,
 * the stage indicator the citizen sees too, the holder's name (once known), the PIN tries left
 * on the PIN steps, and an error in words with what to do. Nothing else of the citizen.
 */
export function SessionStatus({
  view,
  language,
}: {
  readonly view: OperatorView;
  readonly language: Language;
}) {
  const { t } = useTranslation(OPERATOR_NS);
  const headingId = useId();
  const hint = hintKey(view);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}
    >
      <Typography id={headingId} component="h2" variant="h5" data-testid="operator-session" sx={{ mb: 2 }}>
        {t(`session.${view.session}`)}
      </Typography>
      <StepIndicator current={view.stage} />
      <Box component="dl" sx={{ mt: 2, mb: 0 }}>
        <Row label={t('status.step')} testId="operator-step">
          {t(`step.${view.step}`)}
        </Row>
        <Row label={t('status.since')} testId="operator-since">
          <time dateTime={view.since}>{timeOf(view.since, language)}</time>
        </Row>
        <Row label={t('status.holder')} testId="operator-holder">
          {view.holderName ?? t('status.holderUnknown')}
        </Row>
        {view.pinTriesLeft === undefined ? null : (
          <Row label={t('status.triesLeft')} testId="operator-tries">
            {view.pinTriesLeft}
          </Row>
        )}
      </Box>
      {view.errorCode === undefined ? null : (
        <Alert severity="error" data-testid="operator-error" sx={{ mt: 2 }}>
          <AlertTitle>{t('errorHeading')}</AlertTitle>
          {t(`errors.${view.errorCode}`)}
        </Alert>
      )}
      {hint === undefined ? null : (
        <Alert
          severity={hint === 'hint.lastTry' ? 'warning' : 'info'}
          data-testid="operator-hint"
          sx={{ mt: 2 }}
        >
          {t(hint)}
        </Alert>
      )}
    </Paper>
  );
}
