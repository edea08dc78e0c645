import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ReaderView } from '../../../common/flow/snapshot.ts';
import { useCommands } from '../state/commands.tsx';

/** Props of {@link ReaderList}. */
export interface ReaderListProps {
  readonly readers: readonly ReaderView[];
  /** Offer a choice button on each reader holding an eID (several do, none chosen yet). */
  readonly choose: boolean;
}

/**
 * The connected readers and what is in each, with exactly what to do (registration-flow.md
 * steps 1 and 2; peers-and-users.md §0.8: card upside down, not an eID, unreadable).
 */
export function ReaderList({ readers, choose }: ReaderListProps) {
  const { t } = useTranslation();
  const { run, pending } = useCommands();
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      {readers.map((reader, index) => (
        <Box
          component="li"
          key={reader.name}
          sx={{
            p: 2,
            border: '1px solid',
            borderColor: 'divider',
            borderRadius: 2,
            bgcolor: 'background.paper',
          }}
        >
          <Typography sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>{reader.name}</Typography>
          <Typography>{t(`steps.waitingForCard.card.${reader.card}`)}</Typography>
          {reader.card === 'eid' || reader.card === 'none' ? null : (
            <Typography color="text.secondary">{t(`steps.waitingForCard.advice.${reader.card}`)}</Typography>
          )}
          {choose && reader.card === 'eid' ? (
            <Button
              variant="contained"
              sx={{ mt: 1 }}
              disabled={pending}
              data-testid={`reader-choice-${index}`}
              onClick={() => run((remote) => remote.chooseReader(reader.name))}
            >
              {t('steps.waitingForCard.use', { reader: reader.name })}
            </Button>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
