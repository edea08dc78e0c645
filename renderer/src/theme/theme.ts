import { createTheme, type Theme } from '@mui/material/styles';
import { deDE, enUS, frFR, nlNL } from '@mui/material/locale';
import type { Language } from '../../../common/i18n/languages.ts';

const MUI_LOCALES = { nl: nlNL, fr: frFR, de: deDE, en: enUS } as const;

/** Colours checked against white and the page background: every text pair ≥ 4.5:1 (WCAG AA). */
const COLOURS = {
  primary: '#0b4f8a', // 8.6:1 on white
  text: '#1a1a1a', // 17:1
  secondaryText: '#474747', // 9.2:1
  disabledText: '#595959', // 7:1 on white, 5.6:1 on the disabled button grey
  background: '#f6f7f9',
  focus: '#b35900', // a ring that stands out on blue, white and grey (3:1 against both)
  error: '#b3261e', // 6.5:1
  warning: '#8a4b00', // 6.6:1
  success: '#1e6b34', // 6.4:1
};

/** The system font stack: nothing is downloaded (the CSP allows no external fonts). */
const FONTS = ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', 'Arial', 'sans-serif'];

const focusRing = { outline: `3px solid ${COLOURS.focus}`, outlineOffset: 2 };

/**
 * The wizard's one theme (issue 6 point 4): calm and high-contrast, touch targets of at least
 * 44 px, a visible focus ring on everything focusable, MUI's own texts in `language`, and no
 * motion when the person asked for less.
 */
export function createAppTheme(language: Language, reducedMotion: boolean): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: COLOURS.primary },
        error: { main: COLOURS.error },
        warning: { main: COLOURS.warning },
        success: { main: COLOURS.success },
        text: { primary: COLOURS.text, secondary: COLOURS.secondaryText, disabled: COLOURS.disabledText },
        action: { disabled: COLOURS.disabledText },
        background: { default: COLOURS.background, paper: '#ffffff' },
      },
      typography: {
        fontFamily: FONTS.join(','),
        fontSize: 16,
        button: { textTransform: 'none', fontSize: '1rem' },
      },
      shape: { borderRadius: 8 },
      ...(reducedMotion ? { transitions: { create: () => 'none' } } : {}),
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            ':focus-visible': focusRing,
            'h1:focus': { outline: 'none' },
            '@media (prefers-reduced-motion: reduce)': {
              '*, *::before, *::after': {
                animationDuration: '0.01ms !important',
                animationIterationCount: '1 !important',
                transitionDuration: '0.01ms !important',
              },
            },
          },
        },
        MuiButtonBase: {
          defaultProps: { disableRipple: reducedMotion },
          styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
        },
        MuiButton: {
          defaultProps: { disableElevation: true },
          styleOverrides: { root: { minHeight: 48, paddingInline: 20 } },
        },
        MuiIconButton: { styleOverrides: { root: { minWidth: 44, minHeight: 44 } } },
        MuiCheckbox: { styleOverrides: { root: { padding: 11 } } },
        MuiFormHelperText: { styleOverrides: { root: { fontSize: '0.95rem', marginInline: 0 } } },
      },
    },
    MUI_LOCALES[language],
  );
}
