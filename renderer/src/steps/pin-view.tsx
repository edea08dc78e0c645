import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { PinField } from '../fields/pin-field.tsx';
import { isPinComplete, PIN_MIN_DIGITS, pinBytes } from '../shape/pin-input.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { BackButton, CancelButton, PrimaryButton } from './actions.tsx';
import { CodeCountdown } from './code-countdown.tsx';
import { PinpadPrompt } from './pinpad-prompt.tsx';
import { TriesLeft } from './tries-left.tsx';

type PinSnapshot = SnapshotOf<'authenticatePin'> | SnapshotOf<'signPin'>;

/**
 * The PIN steps (registration-flow.md steps 3 and 5): tries left shown before typing, the
 * wrong-PIN message, and either the PIN field or the PIN pad prompt. At submit the typed
 * digits become one ASCII buffer that `submitPin` sends and zero-fills, and the input is
 * emptied; the PIN is never kept in React state or logged.
 */
export function PinView({ snapshot }: { readonly snapshot: PinSnapshot }) {
  const { t } = useTranslation();
  const { run } = useCommands();
  const input = useRef<HTMLInputElement>(null);
  const [digits, setDigits] = useState(0);
  const step = snapshot.step;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const field = input.current;
    if (field === null || !isPinComplete(field.value)) return;
    const bytes = pinBytes(field.value);
    field.value = '';
    setDigits(0);
    run((remote) => remote.submitPin(bytes));
  };
  const wrong = snapshot.wrongPin ? t('pin.wrong', { count: snapshot.pinTriesLeft }) : undefined;
  return (
    <StepFrame
      title={t(`steps.${step}.title`)}
      actions={
        <>
          {snapshot.pinpad ? null : (
            <PrimaryButton
              testId="action-continue"
              type="submit"
              form="pin-form"
              disabled={digits < PIN_MIN_DIGITS}
            >
              {t(`steps.${step}.submit`)}
            </PrimaryButton>
          )}
          {step === 'signPin' ? <BackButton /> : null}
          <CancelButton />
        </>
      }
    >
      <Typography>{t(`steps.${step}.text`)}</Typography>
      {step === 'signPin' ? (
        <Alert severity="info" role="note">
          {t('steps.signPin.differentPin')}
        </Alert>
      ) : null}
      <TriesLeft tries={snapshot.pinTriesLeft} />
      {snapshot.pinpad ? (
        <PinpadPrompt snapshot={snapshot} wrong={wrong} />
      ) : (
        <Box component="form" id="pin-form" noValidate autoComplete="off" onSubmit={submit}>
          <PinField inputRef={input} onDigits={setDigits} error={wrong} helper={t('pin.helper')} />
        </Box>
      )}
      {snapshot.step === 'signPin' ? <CodeCountdown expiresAt={snapshot.codeExpiresAt} /> : null}
    </StepFrame>
  );
}
