import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Props of {@link StepFrame}. */
export interface StepFrameProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** The step's buttons, in tab order (main action first). */
  readonly actions?: ReactNode;
  /** Work is under way (progress steps): `aria-busy` on the section. */
  readonly busy?: boolean;
}

/**
 * One screen of the wizard: its `<h1>`, which takes the focus when the step appears (issue 6
 * point 6, so keyboard and screen-reader users start at the top of the new step), its content
 * and its actions. Views are keyed by step in `app.tsx`, so "appears" is "mounts".
 */
export function StepFrame({ title, children, actions, busy = false }: StepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Box component="section" aria-labelledby={headingId} aria-busy={busy}>
      <Typography ref={heading} id={headingId} component="h1" variant="h4" tabIndex={-1} sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
      {actions === undefined ? null : (
        <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 4, flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      )}
    </Box>
  );
}
