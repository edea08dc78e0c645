import type { SnapshotOf } from '../../../../common/flow/snapshot.ts';
import { formatDay, type RenderContext } from './render-context.ts';

/**
 * What will be signed, as a labelled table (registration-flow.md step 5): names, national
 * register number and card number in their printed forms, nationality, the card's validity,
 * e-mail and phone. The photo is not shown: a terminal cannot show it.
 */
export function renderConfirmation(context: RenderContext, snapshot: SnapshotOf<'confirmData'>): string[] {
  const { t } = context;
  const { holder, contact } = snapshot;
  const rows: [string, string][] = [
    ['firstNames', holder.firstNames],
    ['surname', holder.surname],
    ['nationalNumber', holder.nationalNumber],
    ['cardNumber', holder.cardNumber],
    ['nationality', holder.nationality],
    [
      'validity',
      t('register.confirm.validity', {
        from: formatDay(context, holder.validFrom),
        until: formatDay(context, holder.validUntil),
      }),
    ],
    ['email', contact.email],
    ['phone', contact.phone ?? t('register.confirm.noPhone')],
  ];
  const labels = rows.map(([key]) => t(`register.confirm.label.${key}`));
  const width = Math.max(...labels.map((label) => label.length));
  return [
    t('register.confirm.intro'),
    ...rows.map(([, value], i) => `  ${labels[i]!.padEnd(width)}  ${value}`),
  ];
}
