import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/i18n/languages.ts';
import type { OperatorRemote } from '../../../common/operator/operator-remote.ts';
import { VISUALLY_HIDDEN } from '../shell/visually-hidden.tsx';
import { OPERATOR_NS } from './operator-i18n.ts';
import { SessionActions } from './session-actions.tsx';
import { SessionStatus } from './session-status.tsx';
import { useOperatorView } from './use-operator-view.ts';

/**
 * The connected operator window (assisted mode): what the citizen's session is doing, and the
 * two things the operator may do to it. `<main data-step data-session data-seq data-error>`
 * name the view shown, for the browser tests (tests/browser/pages/operator-page.ts).
 */
export function OperatorApp({
  remote,
  language,
}: {
  readonly remote: OperatorRemote;
  readonly language: Language;
}) {
  const { t } = useTranslation(OPERATOR_NS);
  const view = useOperatorView(remote);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState(false);
  const run = (command: () => Promise<void>) => {
    setProblem(false);
    command().then(
      () => heading.current?.focus(),
      () => setProblem(true),
    );
  };
  return (
    <Box
      component="main"
      data-step={view.step}
      data-session={view.session}
      data-seq={view.seq}
      data-error={view.errorCode}
    >
      <Typography ref={heading} component="h1" variant="h4" tabIndex={-1} sx={{ mb: 3 }}>
        {t('title')}
      </Typography>
      {problem ? (
        <Alert severity="error" data-testid="operator-command-problem" sx={{ mb: 3 }}>
          {t('commandProblem')}
        </Alert>
      ) : null}
      <SessionStatus view={view} language={language} />
      <SessionActions
        session={view.session}
        onStart={() => run(() => remote.startSession())}
        onAbort={() => run(() => remote.abortSession())}
      />
      <Box sx={VISUALLY_HIDDEN} aria-live="polite" aria-atomic="true">
        {t('announce', { session: t(`session.${view.session}`), step: t(`step.${view.step}`) })}
      </Box>
    </Box>
  );
}
