import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { StepFrame } from '../shell/step-frame.tsx';

/** Props of {@link ProgressView}. */
export interface ProgressViewProps {
  readonly title: string;
  /** What is happening, and what not to do meanwhile. */
  readonly text: string;
  readonly note?: string;
  readonly actions?: ReactNode;
}

/**
 * A step where the card or the service works and the person waits (readingCard,
 * authenticating, bindingCode, signing, submitting): `aria-busy`, a spinner named by the
 * text, and the text itself.
 */
export function ProgressView({ title, text, note, actions }: ProgressViewProps) {
  return (
    <StepFrame title={title} busy actions={actions}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <CircularProgress aria-label={text} size={40} />
        <Typography>{text}</Typography>
      </Box>
      {note === undefined ? null : <Typography sx={{ fontWeight: 700 }}>{note}</Typography>}
    </StepFrame>
  );
}
