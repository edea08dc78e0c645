import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announcedIdleSeconds, formatMinutesSeconds, secondsLeft } from '../format/countdown.ts';
import { useNow } from '../state/clock.ts';
import { useRemote } from '../state/remote-context.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * The kiosk's idle warning (docs/wizard-ui.md "Idle warning", WCAG 2.2.1 Timing Adjustable):
 * shown while the snapshot has `idleWarningUntil`, gone when main clears it. A modal
 * alertdialog, labelled by its title and described by its text, with the focus on "I need more
 * time" (`stillHere`); Escape asks for more time too, and a click beside it does nothing (it
 * must never lead to the wipe). The visible countdown ticks every second but is hidden from
 * screen readers; a polite region says the time left at 20, 10 and 5 seconds only.
 */
export function IdleWarning({ until }: { readonly until: string | undefined }) {
  const { t } = useTranslation();
  const remote = useRemote();
  const titleId = useId();
  const textId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const extend = (): void => void remote.stillHere().catch(() => undefined);
  return (
    <Dialog
      open={until !== undefined}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="idle-warning"
      // The focus goes onto the button as the dialog appears (MUI would focus its paper).
      slotProps={{ transition: { onEntering: () => button.current?.focus() } }}
      onClose={(_event, reason) => {
        if (reason === 'escapeKeyDown') extend();
      }}
    >
      <DialogTitle id={titleId} component="h2">
        {t('idle.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>{t('idle.text')}</DialogContentText>
        {until === undefined ? null : <IdleCountdown until={until} />}
      </DialogContent>
      <DialogActions>
        <Button ref={button} variant="contained" data-testid="action-still-here" onClick={extend}>
          {t('idle.extend')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The time left: `m:ss` on screen, and "at most N seconds" said politely at 20, 10 and 5 s. */
function IdleCountdown({ until }: { readonly until: string }) {
  const { t, i18n } = useTranslation();
  const seconds = secondsLeft(until, useNow());
  const announced = announcedIdleSeconds(seconds);
  return (
    <>
      <Typography aria-hidden="true" variant="h4" component="p" sx={{ mt: 2 }} data-testid="idle-countdown">
        {t('idle.countdown', { time: formatMinutesSeconds(seconds, i18n.language) })}
      </Typography>
      <VisuallyHidden>
        <span aria-live="polite" aria-atomic="true">
          {announced === undefined ? '' : t('idle.secondsLeft', { count: announced })}
        </span>
      </VisuallyHidden>
    </>
  );
}
