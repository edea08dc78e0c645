import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, type ReactNode } from 'react';
import type { Language } from '../../../common/i18n/languages.ts';
import { createAppTheme } from '../theme/theme.ts';

/** The theme for `language` (MUI's own texts), following `prefers-reduced-motion`. */
export function ThemeShell({
  language,
  children,
}: {
  readonly language: Language;
  readonly children: ReactNode;
}) {
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  const theme = useMemo(() => createAppTheme(language, reducedMotion), [language, reducedMotion]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
