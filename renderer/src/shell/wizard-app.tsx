import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { STAGE_OF_STEP } from '../../../common/flow/steps.ts';
import type { WizardRemote } from '../../../common/flow/wizard-remote.ts';
import { StepView } from '../steps/step-view.tsx';
import { viewKey } from '../steps/step-meta.ts';
import { CommandProvider, useCommands } from '../state/commands.tsx';
import { RemoteContext, useSnapshot } from '../state/remote-context.ts';
import { useActivity } from '../state/use-activity.ts';
import { useLanguage } from '../state/use-language.ts';
import { Announcer } from './announcer.tsx';
import { IdleWarning } from './idle-warning.tsx';
import { PageLayout } from './page-layout.tsx';
import { StepIndicator } from './step-indicator.tsx';
import { ThemeShell } from './theme-shell.tsx';

/**
 * The connected wizard: a view of the flow in main (architecture.md "The flow lives in main;
 * the renderer is a view"). `<main data-step data-seq data-error>` name the snapshot shown
 * for the browser tests (renderer/README.md). The idle warning is a dialog over the step,
 * and typing on a step that waits for the person tells main they are still there.
 */
export function WizardApp({ remote }: { readonly remote: WizardRemote }) {
  const { i18n } = useTranslation();
  const snapshot = useSnapshot(remote);
  const [language, setLanguage] = useLanguage(remote, snapshot.language, i18n);
  useActivity(remote, snapshot.step, snapshot.idleWarningUntil !== undefined);
  return (
    <RemoteContext.Provider value={remote}>
      <CommandProvider>
        <ThemeShell language={language}>
          <PageLayout
            language={language}
            onLanguage={setLanguage}
            indicator={<StepIndicator current={STAGE_OF_STEP[snapshot.step]} />}
          >
            <Box
              component="main"
              data-step={snapshot.step}
              data-seq={snapshot.seq}
              data-error={snapshot.step === 'error' ? snapshot.error.code : undefined}
              sx={{ mt: 3 }}
            >
              <CommandProblem step={snapshot.step} />
              <StepView key={viewKey(snapshot)} snapshot={snapshot} />
            </Box>
          </PageLayout>
          <Announcer snapshot={snapshot} />
          <IdleWarning until={snapshot.idleWarningUntil} />
        </ThemeShell>
      </CommandProvider>
    </RemoteContext.Provider>
  );
}

/** "That did not work" for an intent main refused, on the step where it happened. */
function CommandProblem({ step }: { readonly step: string }) {
  const { t } = useTranslation();
  const { problem, problemStep } = useCommands();
  if (problem === undefined || problemStep !== step) return null;
  return (
    <Alert severity="error" sx={{ mb: 3 }}>
      {t(`commandProblem.${problem}`)}
    </Alert>
  );
}
