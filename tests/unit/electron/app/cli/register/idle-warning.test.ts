import { describe, expect, it } from 'vitest';
import type { FlowSnapshot } from '../../../../../../common/flow/snapshot.ts';
import { Prompter } from '../../../../../../electron/app/cli/register/prompter.ts';
import { runRegistration } from '../../../../../../electron/app/cli/register/run-registration.ts';
import { SnapshotPrinter } from '../../../../../../electron/app/cli/register/snapshot-printer.ts';
import { TerminalInput } from '../../../../../../electron/app/cli/register/terminal-input.ts';
import { createTranslator } from '../../../../../../electron/app/i18n/translator.ts';
import { flowHarnessPerTest } from '../../../../../support/flow-harness-per-test.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../../../../support/registration-fixture.ts';
import { FakeOutput, fakeInput, outputContains } from './fake-terminal.ts';

/**
 * The idle warning in a terminal (registration-flow.md step 6): one line, in the person's
 * language, under the question it is about (which stays open); any answer tells the flow the
 * person is still there.
 */
const PIN = '905173';
const startHarness = flowHarnessPerTest();

describe('the idle warning in the terminal', () => {
  it('prints one line per warning, not the step again', async () => {
    const t = await createTranslator('nl', 'cli');
    const output = new FakeOutput();
    const context = {
      t,
      language: 'nl' as const,
      now: () => new Date('2025-06-15T10:01:30Z'),
      timeZone: 'UTC',
    };
    const printer = new SnapshotPrinter(
      context,
      new Prompter(new TerminalInput(fakeInput(false)), output, () => {}),
    );
    const details: FlowSnapshot = { step: 'enterCodeAndContact', seq: 1, language: 'nl', codeBound: false };
    const until = '2025-06-15T10:02:00.000Z';
    printer.print(details);
    const step = output.text;
    printer.print({ ...details, seq: 2, idleWarningUntil: until });
    printer.print({ ...details, seq: 3, language: 'nl', idleWarningUntil: until });
    printer.print({ ...details, seq: 4 });
    printer.print({ ...details, seq: 5, idleWarningUntil: until });
    const warning =
      'Er is al een tijd niets gebeurd: om 10:02 (over 30 s) wordt alles wat u invoerde gewist.';
    expect(output.text.slice(step.length).split('\n').filter(Boolean)).toEqual([
      `${warning} Beantwoord de vraag om verder te gaan.`,
      `${warning} Beantwoord de vraag om verder te gaan.`,
    ]);
  });

  it('keeps the question open under the warning; an answer clears it and the timeout counts again', async () => {
    const harness = await startHarness({ flow: { idleTimeoutMs: 1_500, idleWarningMs: 1_200 } });
    harness.insert('citizen-1.8', PIN);
    const t = await createTranslator('en', 'cli');
    const input = fakeInput(false);
    const output = new FakeOutput();
    const interrupt = new AbortController();
    const outcome = runRegistration({
      flow: harness.local,
      prompter: new Prompter(new TerminalInput(input), output, () => interrupt.abort()),
      context: { t, language: 'en', now: () => new Date(DEFAULT_REGISTRATION_TIME), timeZone: 'UTC' },
      details: {},
      yes: false,
      interrupt: interrupt.signal,
    });
    await outputContains(output, 'PIN: ');
    input.type(`${PIN}\n`);
    await outputContains(output, 'Registration code: ');
    await outputContains(output, 'Answer the question to continue.');
    expect(output.text).toMatch(
      /Registration code: \nNothing has happened for a while: at \d\d:\d\d \(in 2 s\)/,
    );
    input.type('AB3CD\n'); // an answer, though not the last one of the step
    await outputContains(output, 'E-mail address: ');
    await expect.poll(() => harness.local.snapshot.idleWarningUntil).toBeUndefined();
    expect(harness.local.snapshot.step).toBe('enterCodeAndContact');
    expect(await outcome).toBe('failed');
    expect(harness.local.snapshot).toMatchObject({ step: 'error', error: { code: 'idle-timeout' } });
    expect(output.text).toContain(t('register.error.idle-timeout.title'));
    expect(output.text.match(/Answer the question to continue\./g)).toHaveLength(2);
  });
});
