import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { CancelButton } from './actions.tsx';
import { ProgressView } from './progress-view.tsx';

/** Reading the card (registration-flow.md step 1: the program checks the card itself). */
export function ReadingCardView({ snapshot }: { readonly snapshot: SnapshotOf<'readingCard'> }) {
  const { t } = useTranslation();
  return (
    <ProgressView
      title={t('steps.readingCard.title')}
      text={t('steps.readingCard.text', { reader: snapshot.reader })}
      note={t('progress.keepCard')}
      actions={<CancelButton />}
    />
  );
}

/** The card proves who the person is to the service (registration-flow.md step 3). */
export function AuthenticatingView({ snapshot }: { readonly snapshot: SnapshotOf<'authenticating'> }) {
  const { t } = useTranslation();
  return (
    <ProgressView
      title={t('steps.authenticating.title')}
      text={t(snapshot.pinpad ? 'steps.authenticating.pinpad' : 'steps.authenticating.text')}
      note={t('progress.keepCard')}
      actions={snapshot.pinpad ? <CancelButton /> : undefined}
    />
  );
}

/** The service checks the registration code (docs/registration-flow.md: the `bindingCode` step). */
export function BindingCodeView() {
  const { t } = useTranslation();
  return <ProgressView title={t('steps.bindingCode.title')} text={t('steps.bindingCode.text')} />;
}

/** The card signs the application (registration-flow.md step 5). */
export function SigningView({ snapshot }: { readonly snapshot: SnapshotOf<'signing'> }) {
  const { t } = useTranslation();
  return (
    <ProgressView
      title={t('steps.signing.title')}
      text={t(snapshot.pinpad ? 'steps.signing.pinpad' : 'steps.signing.text')}
      note={t('progress.keepCard')}
    />
  );
}

/** The signed application goes to the service; the card is no longer needed. */
export function SubmittingView({ snapshot }: { readonly snapshot: SnapshotOf<'submitting'> }) {
  const { t } = useTranslation();
  const text =
    snapshot.attempt > 1
      ? t('steps.submitting.again', { attempt: snapshot.attempt })
      : t('steps.submitting.text');
  return <ProgressView title={t('steps.submitting.title')} text={text} />;
}
