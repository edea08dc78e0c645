/**
 * One line of `eid-wizard doctor`: what was checked, how it went, and what to do. Words are
 * not here: `message` and `advice` are i18n keys of the `cli` namespace, `values` their
 * placeholders (never identity data or PINs).
 */
export interface DoctorCheck {
  readonly id: string;
  readonly status: 'ok' | 'info' | 'warning' | 'problem';
  readonly message: string;
  readonly advice?: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** The whole report; `ok` is false when any check is a problem. */
export interface DoctorReport {
  readonly ok: boolean;
  readonly checks: readonly DoctorCheck[];
}

/** Shorthand constructors. */
export const check = {
  ok: (id: string, message: string, values?: DoctorCheck['values']): DoctorCheck => ({
    id,
    status: 'ok',
    message,
    values,
  }),
  info: (id: string, message: string, values?: DoctorCheck['values']): DoctorCheck => ({
    id,
    status: 'info',
    message,
    values,
  }),
  warning: (id: string, message: string, advice: string, values?: DoctorCheck['values']): DoctorCheck => ({
    id,
    status: 'warning',
    message,
    advice,
    values,
  }),
  problem: (id: string, message: string, advice: string, values?: DoctorCheck['values']): DoctorCheck => ({
    id,
    status: 'problem',
    message,
    advice,
    values,
  }),
};
