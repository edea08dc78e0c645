import TextField from '@mui/material/TextField';

/** Props of {@link ContactField}. */
export interface ContactFieldProps {
  readonly kind: 'email' | 'phone';
  readonly label: string;
  readonly helper: string;
  readonly error?: string;
  readonly value: string;
  readonly required: boolean;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/**
 * An e-mail or phone field (registration-flow.md step 4) with its visible label, helper text
 * (tied by `aria-describedby`, as MUI does for `helperText`) and `aria-invalid` on error.
 */
export function ContactField({
  kind,
  label,
  helper,
  error,
  value,
  required,
  onChange,
  onBlur,
}: ContactFieldProps) {
  return (
    <TextField
      fullWidth
      label={label}
      required={required}
      type={kind === 'email' ? 'email' : 'tel'}
      value={value}
      error={error !== undefined}
      helperText={error ?? helper}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      sx={{ maxWidth: 480 }}
      slotProps={{
        htmlInput: {
          autoComplete: kind === 'email' ? 'email' : 'tel',
          inputMode: kind === 'email' ? 'email' : 'tel',
          maxLength: kind === 'email' ? 254 : 32,
          'data-testid': `field-${kind}`,
        },
      }}
    />
  );
}
