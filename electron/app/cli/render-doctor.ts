import type { TFunction } from 'i18next';
import type { DoctorCheck, DoctorReport } from '../doctor/doctor-check.ts';

const MARK: Readonly<Record<DoctorCheck['status'], string>> = {
  ok: '[ ok ]',
  info: '[info]',
  warning: '[warn]',
  problem: '[FAIL]',
};

/** Placeholder values with the certificate name translated. */
function values(t: TFunction, c: DoctorCheck): Record<string, string | number> {
  const out: Record<string, string | number> = { ...c.values };
  if (typeof out.certificate === 'string') out.certificate = t(`doctor.certificateName.${out.certificate}`);
  return out;
}

/** The report as terminal lines: a mark, the message, and the advice indented under it. */
export function renderDoctorText(t: TFunction, doctorReport: DoctorReport): string {
  const lines: string[] = [];
  for (const c of doctorReport.checks) {
    lines.push(`${MARK[c.status]} ${t(c.message, values(t, c))}`);
    if (c.advice) lines.push(`       → ${t(c.advice, values(t, c))}`);
  }
  lines.push('', t(doctorReport.ok ? 'doctor.summary.ok' : 'doctor.summary.problems'));
  return lines.join('\n');
}

/** The report as JSON: machine-readable ids and keys next to the translated words. */
export function renderDoctorJson(t: TFunction, doctorReport: DoctorReport): string {
  return JSON.stringify(
    {
      ok: doctorReport.ok,
      checks: doctorReport.checks.map((c) => ({
        id: c.id,
        status: c.status,
        code: c.message,
        values: c.values ?? {},
        message: t(c.message, values(t, c)),
        advice: c.advice ? t(c.advice, values(t, c)) : undefined,
      })),
    },
    null,
    2,
  );
}
