import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../shell/icons.tsx';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { PrimaryButton } from './actions.tsx';

const NEEDS = ['phone', 'card', 'pin', 'reader'] as const;

/**
 * Before you start (registration-flow.md step 1): the checklist the program cannot check by
 * itself (phone app started with its 5-character code, the card, its PIN, a reader). The
 * reader and card checks follow as their own steps (docs/registration-flow.md).
 */
export function WelcomeView() {
  const { t } = useTranslation();
  const { run } = useCommands();
  return (
    <StepFrame
      title={t('steps.welcome.title')}
      actions={
        <PrimaryButton testId="action-start" onClick={() => run((remote) => remote.start())}>
          {t('steps.welcome.start')}
        </PrimaryButton>
      }
    >
      <Typography>{t('steps.welcome.intro')}</Typography>
      <Typography component="h2" variant="h6">
        {t('steps.welcome.needsHeading')}
      </Typography>
      <List disablePadding>
        {NEEDS.map((need) => (
          <ListItem key={need} disableGutters alignItems="flex-start">
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5, color: 'primary.main' }}>
              <CheckIcon />
            </ListItemIcon>
            <ListItemText primary={t(`steps.welcome.needs.${need}`)} />
          </ListItem>
        ))}
      </List>
    </StepFrame>
  );
}
