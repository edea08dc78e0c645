import Button, { type ButtonProps } from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../state/commands.tsx';

/**
 * Cancel (`cancel()`): stops, wipes and returns to the start. Never disabled while another
 * call runs: cancelling is how the person gets out of a card or service that hangs.
 */
export function CancelButton() {
  const { t } = useTranslation();
  const { run } = useCommands();
  return (
    <Button variant="outlined" data-testid="action-cancel" onClick={() => run((remote) => remote.cancel())}>
      {t('actions.cancel')}
    </Button>
  );
}

/** Back (`back()`): from the confirmation (or its PIN) to the details. */
export function BackButton() {
  const { t } = useTranslation();
  const { run, pending } = useCommands();
  return (
    <Button
      variant="outlined"
      data-testid="action-back"
      disabled={pending}
      onClick={() => run((remote) => remote.back())}
    >
      {t('actions.back')}
    </Button>
  );
}

/** The main action of a step (variant contained); `testId` names it for the browser tests. */
export function PrimaryButton({ testId, ...props }: ButtonProps & { readonly testId: string }) {
  const { pending } = useCommands();
  return <Button variant="contained" data-testid={testId} {...props} disabled={pending || props.disabled} />;
}
