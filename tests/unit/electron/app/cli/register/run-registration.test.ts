import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../../../common/i18n/languages.ts';
import { Prompter } from '../../../../../../electron/app/cli/register/prompter.ts';
import type { DetailOptions } from '../../../../../../electron/app/cli/register/details-answers.ts';
import { runRegistration } from '../../../../../../electron/app/cli/register/run-registration.ts';
import { TerminalInput } from '../../../../../../electron/app/cli/register/terminal-input.ts';
import { createTranslator } from '../../../../../../electron/app/i18n/translator.ts';
import type { FlowHarness } from '../../../../../support/flow-harness.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../../../../support/registration-fixture.ts';
import { FakeOutput, fakeInput, outputContains } from './fake-terminal.ts';
import { flowHarnessPerTest } from '../../../../../support/flow-harness-per-test.ts';

/**
 * The terminal driver against the real flow (flow harness: real PcscService over a fake PC/SC
 * binding with a virtual card in process, the real service on loopback), with fake streams.
 * The card's PIN is one that appears nowhere else in the output, so "never echoed" is checkable.
 */
const PIN = '905173';

const startHarness = flowHarnessPerTest();

interface Run {
  readonly harness: FlowHarness;
  /** A fresh code from this run's phone side. */
  readonly code: string;
  readonly input: ReturnType<typeof fakeInput>;
  readonly output: FakeOutput;
  readonly missing: string[];
  readonly interrupt: AbortController;
  readonly outcome: Promise<string>;
}

interface StartOptions {
  readonly language?: Language;
  /** The command-line answers, given this run's phone code. */
  readonly details?: (code: string) => DetailOptions;
  readonly yes?: boolean;
  /** Piped in at once, `{code}` replaced by this run's phone code. */
  readonly lines?: readonly string[];
  /** A proxy between the flow and the service, for the test to take down. */
  readonly proxy?: boolean;
}

/** Starts a run on `cardId` with a strict translator (no fallback, missing keys recorded). */
async function start(cardId: string, options: StartOptions = {}): Promise<Run> {
  const language = options.language ?? 'en';
  const harness = await startHarness({ flow: { language, idleTimeoutMs: 0 }, proxy: options.proxy ?? false });
  const code = await harness.phoneCode();
  harness.insert(cardId, PIN);
  const missing: string[] = [];
  const t = await createTranslator(language, 'cli', (key) => missing.push(key));
  const input = fakeInput(false);
  const output = new FakeOutput();
  const interrupt = new AbortController();
  for (const line of options.lines ?? []) input.type(`${line.replace('{code}', code)}\n`);
  const outcome = runRegistration({
    flow: harness.flow,
    prompter: new Prompter(new TerminalInput(input), output, () => interrupt.abort()),
    context: { t, language, now: () => new Date(DEFAULT_REGISTRATION_TIME), timeZone: 'Europe/Brussels' },
    details: options.details?.(code) ?? {},
    yes: options.yes ?? false,
    interrupt: interrupt.signal,
  });
  return { harness, code, input, output, missing, interrupt, outcome };
}

const CONTACT = (): DetailOptions => ({ email: 'jan@example.be' });

const YES: Record<Language, string> = { nl: 'j', fr: 'o', de: 'j', en: 'y' };

describe('runRegistration: the registration flow in a terminal', () => {
  it.each(LANGUAGES)(
    'registers a citizen-1.8 card in %s, with every word translated and the PIN never shown',
    async (language) => {
      const run = await start('citizen-1.8', {
        language,
        lines: [PIN, '{code}', 'jan@example.be', '0470 12 34 56', YES[language], PIN],
      });
      expect(await run.outcome).toBe('done');
      expect(run.missing).toEqual([]);
      expect(run.output.text).not.toContain(PIN);
      expect(run.output.text).toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
      expect(run.harness.flow.snapshot.step).toBe('done');
    },
  );

  it('takes --code, --email, --phone and --yes, and then asks only for the PIN', async () => {
    const run = await start('citizen-1.7', {
      details: (code) => ({ code: code.toLowerCase(), email: 'jan@example.be', phone: '+32 2 123 45 67' }),
      yes: true,
      lines: [PIN, PIN],
    });
    expect(await run.outcome).toBe('done');
    const text = run.output.text;
    expect(text).toContain(`Registration code: ${run.code.toLowerCase()}\nE-mail address: jan@example.be\n`);
    expect(text).toContain('Do you confirm that all information provided is correct? yes (--yes)');
    expect(text.match(/PIN: /g)).toHaveLength(2);
    expect(text).toMatch(/Phone number\s+\+3221234567/);
  });

  it('asks the PIN again after a wrong one, saying the tries left before it is typed', async () => {
    const run = await start('citizen-1.8', {
      yes: true,
      details: CONTACT,
      lines: ['000000', PIN, '{code}', PIN],
    });
    expect(await run.outcome).toBe('done');
    const text = run.output.text;
    expect(text.indexOf('You have 3 attempts left.')).toBeLessThan(text.indexOf('Wrong PIN.'));
    expect(text).toContain(
      'Wrong PIN.\nTo identify yourself, type the PIN of your eID card (4 to 12 digits).\nYou have 2 attempts left.\nPIN: ',
    );
  });

  it('never sends a PIN of the wrong shape (it would spend a try): says so and asks again', async () => {
    const run = await start('citizen-1.8', {
      yes: true,
      details: CONTACT,
      lines: ['12', '12ab56', PIN, '{code}', PIN],
    });
    expect(await run.outcome).toBe('done');
    expect(run.output.text.match(/A PIN has 4 to 12 digits/g)).toHaveLength(2);
    expect(run.output.text).not.toContain('Wrong PIN');
  });

  it('re-asks a refused --code and a wrong e-mail address with the problem, keeping the other answers', async () => {
    const run = await start('citizen-1.8', {
      yes: true,
      details: () => ({ code: 'ZZZZZ', email: 'jan@example', phone: '0470 12 34 56' }),
      lines: [PIN, 'jan@example.be', '{code}', PIN],
    });
    expect(await run.outcome).toBe('done');
    const text = run.output.text;
    expect(text).toContain('Registration code: ZZZZZ\nE-mail address: jan@example\n');
    expect(text).toContain('This e-mail address is not valid.');
    expect(text).toContain('E-mail address: jan@example.be\n');
    expect(text).toContain('This registration code is not known.');
    expect(text).toContain('Attempts left: 4.');
    expect(text).toContain(`Registration code: ${run.code}\n`);
    expect(text).toMatch(/Phone number\s+\+32470123456/);
  });

  it('goes back to change the contact data when the person does not confirm, then signs', async () => {
    const run = await start('citizen-1.8', {
      details: CONTACT,
      lines: [PIN, '{code}', 'n', 'y', '', '0470 12 34 56', 'maybe', 'y', PIN],
    });
    expect(await run.outcome).toBe('done');
    const text = run.output.text;
    expect(text).toContain('E-mail address: [jan@example.be] \n');
    expect(text).toContain('Please answer y (yes) or n (no).');
    expect(text).toMatch(/Phone number\s+\(none\)[\s\S]*Phone number\s+\+32470123456/);
  });

  it('stops without signing when the data is neither confirmed nor to be changed', async () => {
    const run = await start('citizen-1.8', { details: CONTACT, lines: [PIN, '{code}', 'n', 'n'] });
    expect(await run.outcome).toBe('failed');
    expect(run.output.text).toContain('nothing was signed or sent');
  });

  it('withdraws the PIN question when the card is pulled, and starts again when it is back', async () => {
    const run = await start('citizen-1.8', { yes: true, details: CONTACT });
    await outputContains(run.output, 'PIN: ');
    run.harness.remove();
    await outputContains(run.output, 'The card was taken out of the card reader.');
    run.harness.insert('citizen-1.8', PIN);
    await outputContains(run.output, 'You have 3 attempts left.\nPIN: ');
    run.input.type(`${PIN}\n${run.code}\n${PIN}\n`);
    expect(await run.outcome).toBe('done');
    expect(run.output.text).toContain('PIN: \nThe card was taken out');
  });

  it('explains a blocked PIN and offers no retry', async () => {
    const run = await start('pin-blocked-1.8', { language: 'nl' });
    expect(await run.outcome).toBe('failed');
    expect(run.output.text).toContain('Uw pincode is geblokkeerd.');
    expect(run.output.text).toContain('PUK-code');
    expect(run.output.text).not.toContain('opnieuw proberen?');
  });

  it('offers a retry where the error allows one, and stops when declined', async () => {
    const run = await start('citizen-1.8', { language: 'fr', proxy: true });
    await outputContains(run.output, 'Code PIN : ');
    run.harness.proxy!.down(); // the registration service cannot be reached any more
    run.input.type(`${PIN}\nn\n`);
    expect(await run.outcome).toBe('failed');
    expect(run.output.text).toContain("Le service d'enregistrement est injoignable.");
    expect(run.output.text).toContain('Voulez-vous réessayer ? (o/n) n\n');
  });

  it('ends on Ctrl-C while a question is open', async () => {
    const run = await start('citizen-1.8');
    await outputContains(run.output, 'PIN: ');
    run.interrupt.abort();
    expect(await run.outcome).toBe('interrupted');
  });

  it('stops when the input ends before the answers do', async () => {
    const run = await start('citizen-1.8');
    await outputContains(run.output, 'PIN: ');
    run.input.end();
    expect(await run.outcome).toBe('failed');
    expect(run.output.text).toContain('No more input: the registration was stopped.');
  });
});
