import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

/**
 * The PIN tries left, shown before the person types (registration-flow.md step 3;
 * peers-and-users.md §0.8 "unknown PIN-retry count before entry"); a warning with the last try.
 */
export function TriesLeft({ tries }: { readonly tries: number }) {
  const { t } = useTranslation();
  const last = tries <= 1;
  return (
    <Alert severity={last ? 'warning' : 'info'} data-testid="tries-left" role="note">
      {t('pin.triesLeft', { count: tries })}
      {last ? ` ${t('pin.lastTry')}` : null}
    </Alert>
  );
}
