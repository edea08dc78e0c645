import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_CODE_LENGTH } from '../../../common/api/registration-code.ts';
import { shapeCodeInput } from '../shape/code-input.ts';

/** Props of {@link CodeField}. */
export interface CodeFieldProps {
  readonly value: string;
  readonly onChange: (value: string, dropped: boolean) => void;
  readonly onBlur: () => void;
  readonly error?: string;
  /** Something typed was not a code symbol and was left out. */
  readonly dropped: boolean;
}

/**
 * The registration code (registration-flow.md step 4): 5 symbols shown by the phone app;
 * lowercase, spaces, dashes and the look-alikes O, I and L are taken as the person meant them
 * (`shapeCodeInput`), pasting works, and the helper says how many of the 5 are there.
 */
export function CodeField({ value, onChange, onBlur, error, dropped }: CodeFieldProps) {
  const { t } = useTranslation();
  const count = t('details.code.count', { typed: value.length, total: REGISTRATION_CODE_LENGTH });
  const helper =
    error ?? (dropped ? `${t('details.code.dropped')} ${count}` : `${t('details.code.helper')} ${count}`);
  return (
    <TextField
      fullWidth
      label={t('details.code.label')}
      required
      value={value}
      error={error !== undefined}
      helperText={helper}
      onBlur={onBlur}
      onChange={(event) => {
        const shaped = shapeCodeInput(event.target.value);
        onChange(shaped.value, shaped.dropped);
      }}
      sx={{
        maxWidth: 360,
        '& input': {
          letterSpacing: '0.3em',
          fontFamily: 'ui-monospace, Consolas, monospace',
          fontSize: '1.25rem',
        },
      }}
      slotProps={{
        htmlInput: {
          autoComplete: 'one-time-code',
          autoCapitalize: 'characters',
          autoCorrect: 'off',
          spellCheck: false,
          'data-testid': 'field-code',
        },
      }}
    />
  );
}
