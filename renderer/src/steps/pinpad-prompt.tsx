import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { useCommands } from '../state/commands.tsx';
import { useRemote } from '../state/remote-context.ts';
import { previousStepOf } from '../state/step-history.ts';
import { PrimaryButton } from './actions.tsx';
import { shouldAutoStartPinpad } from './step-meta.ts';

/** Snapshots whose PIN entry was started already (one `submitPin(undefined)` per snapshot). */
const started = new Set<number>();

/**
 * A PIN pad reader (docs/registration-flow.md "The PIN"): the PIN is typed on the reader, so
 * no field is shown. Entering the step starts the reader's own entry once
 * (`submitPin(undefined)`); after a cancel or timeout on the pad, or a wrong PIN, the person
 * starts it again with the button: nothing is retried by itself.
 */
export function PinpadPrompt({
  snapshot,
  wrong,
}: {
  readonly snapshot: SnapshotOf<'authenticatePin'> | SnapshotOf<'signPin'>;
  readonly wrong: string | undefined;
}) {
  const { t } = useTranslation();
  const { run } = useCommands();
  const remote = useRemote();
  const { seq, step } = snapshot;
  useEffect(() => {
    if (started.has(seq) || !shouldAutoStartPinpad(previousStepOf(remote), step)) return;
    started.add(seq);
    run((flow) => flow.submitPin(undefined));
  }, [remote, run, seq, step]);
  return (
    <>
      {wrong === undefined ? null : (
        <Alert severity="error" role="note">
          {wrong}
        </Alert>
      )}
      <Typography sx={{ fontWeight: 700 }}>{t('pin.pinpad')}</Typography>
      <div>
        <PrimaryButton testId="action-continue" onClick={() => run((flow) => flow.submitPin(undefined))}>
          {t('pin.pinpadStart')}
        </PrimaryButton>
      </div>
    </>
  );
}
