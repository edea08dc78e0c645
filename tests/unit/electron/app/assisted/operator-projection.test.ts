import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../../common/flow/snapshot.ts';
import { OperatorViewSchema } from '../../../../../common/operator/operator-view.ts';
import { projectSnapshot, sessionOf } from '../../../../../electron/app/assisted/operator-projection.ts';
import { SAMPLES, snapshotOf } from '../../../../support/sample-snapshots.ts';

const SINCE = '2025-06-15T10:00:00.000Z';
const CONFIRMATIONS = SAMPLES.filter(([, sample]) => sample.step === 'confirmData');

/** Every string value in `value`, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  return Object.values(value).flatMap(strings);
}

describe('projecting a snapshot to the operator view', () => {
  it('has confirmation samples to check', () => expect(CONFIRMATIONS.length).toBeGreaterThan(1));

  it.each(CONFIRMATIONS)('%s: the name only, none of the other holder or contact data', (_name, sample) => {
    const snapshot = snapshotOf({
      ...sample,
      holder: { ...(sample as { holder: object }).holder, photo: new Uint8Array([0xff, 0xd8, 0x42]) },
    } as typeof sample);
    if (snapshot.step !== 'confirmData') throw new Error('unreachable');
    const { content, holderName } = projectSnapshot(snapshot, undefined);
    const serialized = JSON.stringify({ seq: 1, ...content, since: SINCE });
    expect(holderName).toBe(`${snapshot.holder.firstNames} ${snapshot.holder.surname}`);
    expect(content).toEqual({ session: 'inProgress', step: 'confirmData', stage: 'sign', holderName });
    const { firstNames: _f, surname: _s, ...others } = snapshot.holder;
    const secrets = [...strings(others), ...strings(snapshot.contact), snapshot.codeExpiresAt];
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(serialized, secret).not.toContain(secret);
    for (const key of [
      'nationalNumber',
      'cardNumber',
      'nationality',
      'valid',
      'photo',
      'email',
      'phone',
      'contact',
    ])
      expect(serialized).not.toContain(key);
  });

  it.each(SAMPLES)('%s: a view on the contract schema', (_name, sample) => {
    const { content } = projectSnapshot(snapshotOf(sample), 'Jan Janssens');
    expect(Value.Check(OperatorViewSchema, { seq: 1, ...content, since: SINCE })).toBe(true);
  });

  it.each([
    ['welcome', 'idle'],
    ['waitingForCard', 'inProgress'],
    ['signing', 'inProgress'],
    ['done', 'done'],
    ['error', 'failed'],
    ['cardRemoved', 'failed'],
  ] as const)('%s is a session %s', (step, session) => {
    const sample = SAMPLES.find(([, s]) => s.step === step)![1];
    expect(sessionOf(snapshotOf(sample))).toBe(session);
  });

  it('shows the tries left on the PIN steps only, and the error code on errors', () => {
    const pin = SAMPLES.find(([name]) => name === 'wrong PIN, last try')![1];
    expect(projectSnapshot(snapshotOf(pin), undefined).content.pinTriesLeft).toBe(1);
    const reading = SAMPLES.find(([name]) => name === 'reading')![1];
    expect(projectSnapshot(snapshotOf(reading), undefined).content).not.toHaveProperty('pinTriesLeft');
    const blocked = SAMPLES.find(([name]) => name === 'error pin-blocked')![1];
    expect(projectSnapshot(snapshotOf(blocked), undefined).content).toMatchObject({
      session: 'failed',
      errorCode: 'pin-blocked',
    });
  });
});

describe('the holder name across steps', () => {
  const name = 'Jan Peter Janssens';
  const at = (snapshot: FlowSnapshot) => projectSnapshot(snapshot, name).holderName;
  const of = (sampleName: string) => snapshotOf(SAMPLES.find(([n]) => n === sampleName)![1]);

  it.each(['sign PIN', 'signing', 'submitting', 'details after back', 'binding'])(
    'is kept at %s',
    (sample) => {
      expect(at(of(sample))).toBe(name);
    },
  );

  it.each([
    'welcome',
    'no reader',
    'empty reader',
    'reading',
    'PIN',
    'authenticating',
    'done',
    'card removed',
  ])('is forgotten at %s', (sample) => expect(at(of(sample))).toBeUndefined());

  it('is kept on an error whose retry carries on after the confirmation, forgotten on any other', () => {
    const error = (retryTo?: FlowSnapshot['step']): FlowSnapshot =>
      ({
        step: 'error',
        seq: 1,
        language: 'en',
        error: { code: 'service-unreachable', category: 'service', ...(retryTo ? { retryTo } : {}) },
      }) as FlowSnapshot;
    expect(at(error('submitting'))).toBe(name);
    expect(at(error('enterCodeAndContact'))).toBe(name);
    expect(at(error('authenticatePin'))).toBeUndefined();
    expect(at(error('confirmData'))).toBeUndefined();
    expect(at(error())).toBeUndefined();
  });
});
