import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STAGES, type ProgressStage } from '../../../common/flow/steps.ts';
import { CheckIcon } from './icons.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * The step indicator (registration-flow.md "Every screen: ... the step indicator"): the five
 * stages of common/flow/steps.ts as an ordered list; the current one has
 * `aria-current="step"` and says so, the earlier ones say they are done. Wraps on narrow
 * windows and at 200 % zoom.
 */
export function StepIndicator({ current }: { readonly current: ProgressStage | undefined }) {
  const { t } = useTranslation();
  const currentIndex = current === undefined ? -1 : PROGRESS_STAGES.indexOf(current);
  return (
    <Box component="nav" aria-label={t('stage.label')}>
      <Box
        component="ol"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 1,
          listStyle: 'none',
          p: 0,
          m: 0,
          counterReset: 'stage',
        }}
      >
        {PROGRESS_STAGES.map((stage, index) => {
          const state = stageState(index, currentIndex);
          return (
            <Box
              component="li"
              key={stage}
              aria-current={state === 'current' ? 'step' : undefined}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 1,
                px: 1.5,
                py: 0.75,
                borderRadius: 5,
                border: '2px solid',
                borderColor: state === 'current' ? 'primary.main' : 'transparent',
                bgcolor: state === 'current' ? 'primary.main' : state === 'done' ? '#e3ecf5' : 'transparent',
                color: state === 'current' ? 'primary.contrastText' : 'text.primary',
                fontWeight: state === 'current' ? 700 : 400,
              }}
            >
              <Box component="span" aria-hidden="true" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {state === 'done' ? <CheckIcon fontSize="small" /> : index + 1}
              </Box>
              <span>{t(`stage.${stage}`)}</span>
              {state === 'todo' ? null : <VisuallyHidden>{t(`stage.state.${state}`)}</VisuallyHidden>}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** Where stage `index` stands relative to the current one. */
function stageState(index: number, current: number): 'done' | 'current' | 'todo' {
  if (index === current) return 'current';
  return index < current ? 'done' : 'todo';
}
