import { describe, expect, it } from 'vitest';
import type { SnapshotOf } from '../../../common/flow/snapshot.ts';
import { ContractCallError } from '../../../common/ipc/contract-error.ts';
import { ipcErrorData } from '../../../common/ipc/error-codes.ts';
import { detailsProblems, type DetailsField } from '../../../renderer/src/steps/details-problems.ts';
import { commandProblemOf } from '../../../renderer/src/state/command-errors.ts';

const snapshot: SnapshotOf<'enterCodeAndContact'> = {
  step: 'enterCodeAndContact',
  seq: 7,
  language: 'nl',
  codeBound: false,
};
const all = new Set<DetailsField>(['code', 'email', 'phone']);
const good = { code: '4H8VN', email: 'jan@example.be', phone: '0470 12 34 56' };

describe('details form messages (registration-flow.md step 4)', () => {
  it('says nothing about untouched fields', () => {
    expect(detailsProblems({ code: '', email: '', phone: '' }, snapshot, new Set(), {})).toEqual({});
  });

  it('checks touched fields as main does', () => {
    expect(detailsProblems({ code: '4H8', email: 'jan@', phone: '12' }, snapshot, all, {})).toEqual({
      code: { key: 'details.problem.code-length' },
      email: { key: 'details.problem.email-invalid' },
      phone: { key: 'details.problem.phone-invalid' },
    });
    expect(detailsProblems({ ...good, email: ' ' }, snapshot, all, {}).email).toEqual({
      key: 'details.problem.email-required',
    });
    expect(detailsProblems({ ...good, phone: '' }, snapshot, all, {})).toEqual({});
  });

  it("shows main's refusal until the field is edited", () => {
    const refused = {
      ...snapshot,
      codeProblem: 'unknown',
      codeTriesLeft: 2,
      contactProblem: 'email-invalid',
    } as const;
    expect(detailsProblems(good, refused, all, {})).toEqual({
      code: { key: 'details.problem.code-unknown-tries', values: { count: 2 } },
      email: { key: 'details.problem.email-invalid' },
    });
    expect(detailsProblems(good, refused, all, { code: 7, email: 7 })).toEqual({});
  });

  it('ignores the code once it is bound', () => {
    expect(detailsProblems({ ...good, code: '' }, { ...snapshot, codeBound: true }, all, {})).toEqual({});
  });
});

describe('refused intents', () => {
  it('stays quiet when the flow moved on, and reports the rest without their text', () => {
    const refused = (code: string) =>
      new ContractCallError('start', { code, category: 'flow' } as unknown as ReturnType<
        typeof ipcErrorData
      >);
    expect(commandProblemOf(refused('not-allowed-now'))).toBeUndefined();
    expect(commandProblemOf(new ContractCallError('start', ipcErrorData('transport-closed')))).toBe(
      'connection',
    );
    expect(commandProblemOf(new Error('boom'))).toBe('failed');
  });
});
