import { FLOW_ERROR_CODES, flowError } from '../../common/flow/flow-errors.ts';
import type { FlowSnapshot } from '../../common/flow/snapshot.ts';
import type { FlowStep } from '../../common/flow/steps.ts';

type Sample = FlowSnapshot extends infer S
  ? S extends FlowSnapshot
    ? Omit<S, 'seq' | 'language'>
    : never
  : never;

const EXPIRES = '2025-06-15T10:14:00.000Z';
/** The idle warning's wipe: 30 s after the CLI tests' clock (the gallery makes it live). */
export const IDLE_UNTIL = '2025-06-15T10:02:00.000Z';

/**
 * At least one snapshot of every flow step, and the variants the terminal words differently
 * (wrong PIN, last try, PIN pad, each code and contact problem, each reader state, every error
 * code with and without a service code), and the idle warning, as the flow would publish them.
 */
export const SAMPLES: readonly (readonly [string, Sample])[] = [
  ['welcome', { step: 'welcome' }],
  ['no PC/SC', { step: 'waitingForReader', pcscAvailable: false }],
  ['no reader', { step: 'waitingForReader', pcscAvailable: true }],
  ['empty reader', { step: 'waitingForCard', readers: [{ name: 'Reader A', card: 'none' }] }],
  [
    'other and mute cards',
    {
      step: 'waitingForCard',
      readers: [
        { name: 'Reader A', card: 'other' },
        { name: 'Reader B', card: 'mute' },
      ],
    },
  ],
  ['another card', { step: 'waitingForCard', readers: [{ name: 'Reader A', card: 'other' }] }],
  [
    'two eIDs',
    {
      step: 'waitingForCard',
      readers: [
        { name: 'Reader A', card: 'eid' },
        { name: 'Reader B', card: 'eid' },
      ],
    },
  ],
  ['reading', { step: 'readingCard', reader: 'Reader A' }],
  ['PIN', { step: 'authenticatePin', pinTriesLeft: 3, pinpad: false, wrongPin: false }],
  ['wrong PIN, last try', { step: 'authenticatePin', pinTriesLeft: 1, pinpad: false, wrongPin: true }],
  ['PIN pad', { step: 'authenticatePin', pinTriesLeft: 2, pinpad: true, wrongPin: false }],
  ['authenticating', { step: 'authenticating', pinpad: false }],
  ['details', { step: 'enterCodeAndContact', codeBound: false }],
  ['details, idle warning', { step: 'enterCodeAndContact', codeBound: false, idleWarningUntil: IDLE_UNTIL }],
  [
    'unknown code',
    { step: 'enterCodeAndContact', codeBound: false, codeProblem: 'unknown', codeTriesLeft: 4 },
  ],
  ['malformed code', { step: 'enterCodeAndContact', codeBound: false, codeProblem: 'malformed' }],
  ...(['email-required', 'email-invalid', 'phone-invalid'] as const).map(
    (problem) =>
      [
        problem,
        { step: 'enterCodeAndContact', codeBound: false, contactProblem: problem },
      ] as const satisfies readonly [string, Sample],
  ),
  [
    'details after back',
    {
      step: 'enterCodeAndContact',
      codeBound: true,
      contact: { email: 'jan@example.be' },
      codeExpiresAt: EXPIRES,
    },
  ],
  ['binding', { step: 'bindingCode' }],
  [
    'confirmation',
    {
      step: 'confirmData',
      holder: {
        firstNames: 'Jan Peter',
        surname: 'Janssens',
        nationalNumber: '85.07.30-033.28',
        cardNumber: '592-1234567-89',
        nationality: 'Belg',
        validFrom: '2024-03-01',
        validUntil: '2034-03-01',
      },
      contact: { email: 'jan@example.be', phone: '+32470123456' },
      codeExpiresAt: EXPIRES,
    },
  ],
  [
    'confirmation without phone',
    {
      step: 'confirmData',
      holder: {
        firstNames: 'Anna',
        surname: 'Peeters',
        nationalNumber: '90.01.01-001.01',
        cardNumber: '592-0000000-01',
        nationality: 'Belg',
        validFrom: '2024-03-01',
        validUntil: '2034-03-01',
      },
      contact: { email: 'anna@example.be' },
      codeExpiresAt: EXPIRES,
    },
  ],
  ['sign PIN', { step: 'signPin', pinTriesLeft: 3, pinpad: false, wrongPin: false, codeExpiresAt: EXPIRES }],
  [
    'sign, wrong PIN',
    { step: 'signPin', pinTriesLeft: 2, pinpad: false, wrongPin: true, codeExpiresAt: EXPIRES },
  ],
  ['signing', { step: 'signing', pinpad: false }],
  ['submitting', { step: 'submitting', attempt: 1 }],
  ['submitting again', { step: 'submitting', attempt: 2 }],
  ['done', { step: 'done' }],
  ['card removed', { step: 'cardRemoved' }],
  ...FLOW_ERROR_CODES.flatMap((code) => [
    [`error ${code}`, { step: 'error', error: flowError(code, { retryTo: 'welcome' }) }] as const,
    [
      `error ${code} (service code)`,
      { step: 'error', error: flowError(code, { serviceCode: 'code-invalid' }) },
    ] as const,
  ]),
];

/** The steps the samples cover (the test checks that this is every step). */
export const SAMPLED_STEPS: ReadonlySet<FlowStep> = new Set(SAMPLES.map(([, sample]) => sample.step));

/** `sample` as the flow publishes it. */
export function snapshotOf(sample: Sample, seq = 1): FlowSnapshot {
  return { ...sample, seq, language: 'en' } as FlowSnapshot;
}
