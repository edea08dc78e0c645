import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_DIGITS, shapePinInput } from '../shape/pin-input.ts';
import { EyeIcon, EyeOffIcon } from '../shell/icons.tsx';

/** Props of {@link PinField}. */
export interface PinFieldProps {
  /** The input itself: the digits live only in its value until the form is sent. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onDigits: (count: number) => void;
  readonly error?: string;
  readonly helper: string;
}

/**
 * The PIN input (registration-flow.md step 3): masked, with a reveal toggle; digits only
 * (anything else is removed as typed), at most 12, numeric keyboard, no autocomplete. The
 * value is uncontrolled on purpose: React state never holds the PIN, only how many digits
 * were typed (to enable the button).
 */
export function PinField({ inputRef, onDigits, error, helper }: PinFieldProps) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  return (
    <TextField
      fullWidth
      label={t('pin.label')}
      type={revealed ? 'text' : 'password'}
      required
      error={error !== undefined}
      helperText={error ?? helper}
      sx={{ maxWidth: 360 }}
      inputRef={inputRef}
      onChange={(event) => {
        const input = event.target as HTMLInputElement;
        const shaped = shapePinInput(input.value);
        if (shaped !== input.value) input.value = shaped;
        onDigits(shaped.length);
      }}
      slotProps={{
        htmlInput: {
          inputMode: 'numeric',
          autoComplete: 'off',
          autoCorrect: 'off',
          spellCheck: false,
          maxLength: PIN_MAX_DIGITS,
          'data-testid': 'field-pin',
        },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={t('pin.reveal')}
                aria-pressed={revealed}
                data-testid="pin-reveal"
                onClick={() => setRevealed((shown) => !shown)}
                edge="end"
              >
                {revealed ? <EyeOffIcon /> : <EyeIcon />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
