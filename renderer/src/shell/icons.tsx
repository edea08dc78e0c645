import SvgIcon, { type SvgIconProps } from '@mui/material/SvgIcon';

/**
 * The few icons the wizard needs, drawn inline (no icon pack in the bundle). Decorative:
 * hidden from assistive technology, the text next to them says the same.
 */
export function CheckIcon(props: SvgIconProps) {
  return (
    <SvgIcon aria-hidden="true" {...props}>
      <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
    </SvgIcon>
  );
}

/** An open eye: the PIN is hidden, pressing shows it. */
export function EyeIcon(props: SvgIconProps) {
  return (
    <SvgIcon aria-hidden="true" {...props}>
      <path d="M12 4.5C7 4.5 2.7 7.6 1 12c1.7 4.4 6 7.5 11 7.5s9.3-3.1 11-7.5c-1.7-4.4-6-7.5-11-7.5zM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />
    </SvgIcon>
  );
}

/** A struck-through eye: the PIN is shown, pressing hides it. */
export function EyeOffIcon(props: SvgIconProps) {
  return (
    <SvgIcon aria-hidden="true" {...props}>
      <path d="M12 7a5 5 0 0 1 5 5c0 .6-.1 1.3-.4 1.8l2.9 2.9c1.5-1.3 2.7-2.9 3.4-4.7-1.7-4.4-6-7.5-11-7.5-1.4 0-2.7.2-4 .7l2.2 2.2C10.7 7.1 11.4 7 12 7zM2 4.3l2.3 2.3.5.4A11.8 11.8 0 0 0 1 12c1.7 4.4 6 7.5 11 7.5 1.6 0 3-.3 4.4-.8l.4.4 2.9 2.9 1.3-1.3L3.3 3 2 4.3zm5.5 5.5 1.6 1.6-.1.6a3 3 0 0 0 3 3l.6-.1 1.6 1.6c-.7.3-1.4.5-2.2.5a5 5 0 0 1-5-5c0-.8.2-1.5.5-2.2zm4.3-.8 3.2 3.2V12a3 3 0 0 0-3-3h-.2z" />
    </SvgIcon>
  );
}
