import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactView, HolderView } from '../../../common/flow/holder-view.ts';
import { formatCardDate } from '../format/dates.ts';

/**
 * What will be signed (registration-flow.md step 5): names, national register number and
 * card number (already formatted by main), nationality, card validity (dates in the active
 * language), e-mail and phone, as a description list.
 */
export function HolderDetails({
  holder,
  contact,
}: {
  readonly holder: HolderView;
  readonly contact: ContactView;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows: readonly (readonly [string, string])[] = [
    ['firstNames', holder.firstNames],
    ['surname', holder.surname],
    ['nationalNumber', holder.nationalNumber],
    ['cardNumber', holder.cardNumber],
    ['nationality', holder.nationality],
    [
      'validity',
      t('confirm.validity', {
        from: formatCardDate(holder.validFrom, language),
        until: formatCardDate(holder.validUntil, language),
      }),
    ],
    ['email', contact.email],
    ['phone', contact.phone ?? t('confirm.noPhone')],
  ];
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(10rem, max-content) 1fr' },
        gap: { xs: 0, md: 1.5 },
      }}
    >
      {rows.map(([field, value]) => (
        <Box key={field} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 700, mt: { xs: 1.5, md: 0 } }}>
            {t(`confirm.label.${field}`)}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
