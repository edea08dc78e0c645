import { describe, expect, it } from 'vitest';
import { FLOW_ERROR_CODES } from '../../../../../../common/flow/flow-errors.ts';
import { FLOW_STEPS } from '../../../../../../common/flow/steps.ts';
import { LANGUAGES, type Language } from '../../../../../../common/i18n/languages.ts';
import { ERROR_TEXT } from '../../../../../../electron/app/cli/register/error-text.ts';
import type { RenderContext } from '../../../../../../electron/app/cli/register/render-context.ts';
import { renderSnapshot } from '../../../../../../electron/app/cli/register/render-snapshot.ts';
import { createTranslator } from '../../../../../../electron/app/i18n/translator.ts';
import { SAMPLED_STEPS, SAMPLES, snapshotOf } from '../../../../../support/sample-snapshots.ts';

/** A strict context: no English fallback, every missing key recorded. */
async function strictContext(language: Language, extra: Partial<RenderContext> = {}) {
  const missing: string[] = [];
  const t = await createTranslator(language, 'cli', (key) => missing.push(key));
  const context: RenderContext = {
    t,
    language,
    now: () => new Date('2025-06-15T10:01:30.000Z'),
    timeZone: 'Europe/Brussels',
    service: 'http://127.0.0.1:8480',
    ...extra,
  };
  return { context, missing };
}

describe('renderSnapshot: the terminal view of every flow snapshot', () => {
  it('has samples of every step and every error code', () => {
    expect([...SAMPLED_STEPS].sort()).toEqual([...FLOW_STEPS].sort());
    const sampledErrors = SAMPLES.flatMap(([, s]) => (s.step === 'error' ? [s.error.code] : []));
    expect(new Set(sampledErrors)).toEqual(new Set(FLOW_ERROR_CODES));
  });

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(SAMPLES.map(([name, sample]) => [name, sample] as const))(
      '%s: every word translated, every placeholder filled',
      async (_name, sample) => {
        const { context, missing } = await strictContext(language);
        const lines = renderSnapshot(context, snapshotOf(sample));
        expect(missing).toEqual([]);
        expect(lines.join('\n')).not.toMatch(/\{\{|register\./);
        expect(lines.filter((line) => line.trim() !== '').length).toBeGreaterThan(0);
        if (language !== 'en') {
          const english = renderSnapshot((await strictContext('en')).context, snapshotOf(sample));
          expect(lines.join('\n')).not.toBe(english.join('\n'));
        }
      },
    );

    it('gives each error code its own title and advice', async () => {
      const { context } = await strictContext(language);
      const titles = FLOW_ERROR_CODES.map((code) => context.t(ERROR_TEXT[code].title));
      expect(new Set(titles).size).toBe(FLOW_ERROR_CODES.length);
      for (const code of FLOW_ERROR_CODES)
        expect(context.t(ERROR_TEXT[code].advice)).not.toBe(context.t(ERROR_TEXT[code].title));
    });
  });

  it('shows what will be signed, formatted, and the code countdown', async () => {
    const { context } = await strictContext('nl');
    const confirmation = SAMPLES.find(([name]) => name === 'confirmation')![1];
    const text = renderSnapshot(context, snapshotOf(confirmation)).join('\n');
    expect(text).toMatch(/Rijksregisternummer\s+85\.07\.30-033\.28/);
    expect(text).toMatch(/Kaartnummer\s+592-1234567-89/);
    expect(text).toContain('van 1 maart 2024 tot 1 maart 2034');
    expect(text).toMatch(/Telefoonnummer\s+\+32470123456/);
    expect(text).toContain('geldig tot 12:14 (nog 12 min.)');
  });

  it('says the tries left before the PIN is typed, and warns at the last one', async () => {
    const { context } = await strictContext('fr');
    const [, first] = SAMPLES.find(([name]) => name === 'PIN')!;
    const [, last] = SAMPLES.find(([name]) => name === 'wrong PIN, last try')!;
    expect(renderSnapshot(context, snapshotOf(first)).join('\n')).toContain('Il vous reste 3 essais.');
    const lastText = renderSnapshot(context, snapshotOf(last)).join('\n');
    expect(lastText).toContain('Code PIN incorrect.');
    expect(lastText).toContain('dernier essai');
  });

  it('reminds on the signature step that the card PIN may differ from the app PINs', async () => {
    const { context } = await strictContext('de');
    const [, sign] = SAMPLES.find(([name]) => name === 'sign PIN')!;
    expect(renderSnapshot(context, snapshotOf(sign)).join('\n')).toContain('PINs unterscheiden');
  });

  it('adds the step indicator once per stage', async () => {
    const { context } = await strictContext('en');
    const pin = snapshotOf(SAMPLES.find(([name]) => name === 'PIN')![1]);
    const reading = snapshotOf(SAMPLES.find(([name]) => name === 'reading')![1]);
    const authenticating = snapshotOf(SAMPLES.find(([name]) => name === 'authenticating')![1]);
    expect(renderSnapshot(context, pin, reading)).toContain(
      'Step 2 of 5: Identify yourself with your eID card',
    );
    expect(renderSnapshot(context, authenticating, pin).join('\n')).not.toContain('Step 2 of 5');
  });

  it('names the reader given with --reader while waiting for it', async () => {
    const { context } = await strictContext('en', { reader: 'Reader B' });
    const [, none] = SAMPLES.find(([name]) => name === 'no reader')!;
    expect(renderSnapshot(context, snapshotOf(none)).join('\n')).toContain('"Reader B"');
  });
});
