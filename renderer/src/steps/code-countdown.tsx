import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { announcedMinutes, formatMinutesSeconds, secondsLeft } from '../format/countdown.ts';
import { formatTimeOfDay } from '../format/dates.ts';
import { VisuallyHidden } from '../shell/visually-hidden.tsx';
import { useNow } from '../state/clock.ts';

/**
 * How long the registration code stays valid (registration-flow.md step 4: "show the validity
 * countdown when the service says it"). The visible `m:ss` ticks every second but is not
 * live; a hidden polite region says the minutes left, so it changes at most once a minute.
 */
export function CodeCountdown({ expiresAt }: { readonly expiresAt: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const language = i18n.language;
  const seconds = secondsLeft(expiresAt, now);
  const minutes = announcedMinutes(seconds);
  return (
    <Typography color={seconds < 120 ? 'warning.main' : 'text.primary'}>
      <span aria-hidden="true" data-testid="code-countdown">
        {seconds === 0
          ? t('code.expired')
          : t('code.countdown', {
              time: formatMinutesSeconds(seconds, language),
              until: formatTimeOfDay(expiresAt, language),
            })}
      </span>
      <VisuallyHidden>
        <span aria-live="polite" aria-atomic="true">
          {seconds === 0 ? t('code.expired') : t('code.minutesLeft', { count: minutes })}
        </span>
      </VisuallyHidden>
    </Typography>
  );
}
