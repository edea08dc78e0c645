import Box from '@mui/material/Box';
import { VISUALLY_HIDDEN } from './visually-hidden.tsx';

/** Props of {@link LiveRegions}. */
export interface LiveRegionsProps {
  /** The new step's title (polite: read after what is being read now). */
  readonly polite: string;
  /** An error that needs attention now (assertive). */
  readonly assertive: string;
}

/**
 * The two live regions of the page (issue 6 point 6). They exist from the start, so the first
 * change is announced too; their text changes only when the step or the error does (the
 * caller derives them from the snapshot), so a screen reader is not flooded.
 */
export function LiveRegions({ polite, assertive }: LiveRegionsProps) {
  return (
    <>
      <Box sx={VISUALLY_HIDDEN} aria-live="polite" aria-atomic="true">
        {polite}
      </Box>
      <Box sx={VISUALLY_HIDDEN} aria-live="assertive" aria-atomic="true">
        {assertive}
      </Box>
    </>
  );
}
