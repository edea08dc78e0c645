import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { HELP_CONTACT } from '../config/help-contact.ts';

/**
 * The help/contact line on every screen (registration-flow.md "Every screen"). Plain text: the
 * renderer does not navigate anywhere (sandboxed, no network).
 */
export function HelpLine() {
  const { t } = useTranslation();
  return (
    <Box component="footer" sx={{ mt: 6, pt: 2, borderTop: '1px solid', borderColor: 'divider' }}>
      <Typography variant="body2" color="text.secondary">
        {t('help.line', { url: HELP_CONTACT.url, phone: HELP_CONTACT.phone })}
      </Typography>
    </Box>
  );
}
