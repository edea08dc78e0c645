import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { CodeField } from '../fields/code-field.tsx';
import { ContactField } from '../fields/contact-field.tsx';
import { shapeCodeInput } from '../shape/code-input.ts';
import { StepFrame } from '../shell/step-frame.tsx';
import { useCommands } from '../state/commands.tsx';
import { CancelButton, PrimaryButton } from './actions.tsx';
import { CodeCountdown } from './code-countdown.tsx';
import { detailsProblems, type DetailsField } from './details-problems.ts';

type DetailsSnapshot = SnapshotOf<'enterCodeAndContact'>;
const FIELDS: readonly DetailsField[] = ['code', 'email', 'phone'];

/**
 * Registration details (registration-flow.md step 4): the phone app's code (hidden once it
 * is bound, after "back"), e-mail (required) and phone (optional), prefilled from what was
 * typed before. Checked here as the person types, and again by main (`submitDetails`).
 */
export function DetailsView({ snapshot }: { readonly snapshot: DetailsSnapshot }) {
  const { t } = useTranslation();
  const { run } = useCommands();
  const [code, setCode] = useState({ value: '', dropped: false });
  const [email, setEmail] = useState(snapshot.contact?.email ?? '');
  const [phone, setPhone] = useState(snapshot.contact?.phone ?? '');
  const [touched, setTouched] = useState<ReadonlySet<DetailsField>>(new Set());
  const [editedAt, setEditedAt] = useState<Partial<Record<DetailsField, number>>>({});
  const problems = detailsProblems({ code: code.value, email, phone }, snapshot, touched, editedAt);
  const touch = (field: DetailsField) => setTouched((seen) => new Set([...seen, field]));
  const edited = (field: DetailsField) => setEditedAt((at) => ({ ...at, [field]: snapshot.seq }));
  const message = (field: DetailsField) => {
    const problem = problems[field];
    return problem === undefined ? undefined : t(problem.key, { ...problem.values });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const all = new Set(FIELDS);
    // Only this side's checks block sending: main's last refusal is shown, not enforced.
    const seen = { code: snapshot.seq, email: snapshot.seq, phone: snapshot.seq };
    const checked = detailsProblems({ code: code.value, email, phone }, snapshot, all, seen);
    setTouched(all);
    const first = FIELDS.find((field) => checked[field] !== undefined);
    if (first !== undefined) {
      document.querySelector<HTMLInputElement>(`[data-testid="field-${first}"]`)?.focus();
      return;
    }
    const details = {
      code: shapeCodeInput(code.value).value,
      email,
      ...(phone.trim() === '' ? {} : { phone }),
    };
    run((remote) => remote.submitDetails(details));
  };
  return (
    <StepFrame
      title={t('steps.enterCodeAndContact.title')}
      actions={
        <>
          <PrimaryButton testId="action-continue" type="submit" form="details-form">
            {t('steps.enterCodeAndContact.submit')}
          </PrimaryButton>
          <CancelButton />
        </>
      }
    >
      <Typography>{t(snapshot.codeBound ? 'details.introBound' : 'details.intro')}</Typography>
      <Typography color="text.secondary">{t('details.requiredNote')}</Typography>
      <Box component="form" id="details-form" noValidate onSubmit={submit}>
        <Stack spacing={3}>
          {snapshot.codeBound ? (
            <Alert severity="success" role="note">
              {t('details.code.bound')}
            </Alert>
          ) : (
            <CodeField
              value={code.value}
              dropped={code.dropped}
              error={message('code')}
              onBlur={() => touch('code')}
              onChange={(value, dropped) => {
                setCode({ value, dropped });
                edited('code');
              }}
            />
          )}
          {snapshot.codeExpiresAt === undefined ? null : <CodeCountdown expiresAt={snapshot.codeExpiresAt} />}
          <ContactField
            kind="email"
            required
            label={t('details.email.label')}
            helper={t('details.email.helper')}
            error={message('email')}
            value={email}
            onBlur={() => touch('email')}
            onChange={(value) => {
              setEmail(value);
              edited('email');
            }}
          />
          <ContactField
            kind="phone"
            required={false}
            label={t('details.phone.label')}
            helper={t('details.phone.helper')}
            error={message('phone')}
            value={phone}
            onBlur={() => touch('phone')}
            onChange={(value) => {
              setPhone(value);
              edited('phone');
            }}
          />
        </Stack>
      </Box>
    </StepFrame>
  );
}
