import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { BelpicError } from '../../../native/belpic/belpic-error.ts';
import { PcscError } from '../../../native/pcsc/pcsc-error.ts';
import { runDoctor } from '../doctor/run-doctor.ts';
import { createTranslator, terminalLanguage } from '../i18n/translator.ts';
import { loadTrustAnchors } from '../trust/load-trust-anchors.ts';
import { readCard, writePhoto } from './read-card-command.ts';
import { registerCommand, type RegisterHooks, type RegisterIo } from './register/register-command.ts';
import { REGISTER_OPTIONS, registerOptions } from './register/register-options.ts';
import { renderDoctorJson, renderDoctorText } from './render-doctor.ts';
import { renderReadJson, renderReadText } from './render-read.ts';

const OPTIONS = {
  reader: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  'test-roots': { type: 'string', multiple: true, default: [] as string[] },
  wait: { type: 'string', default: '5' },
  photo: { type: 'string' },
  pem: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  ...REGISTER_OPTIONS,
} as const;

/** Options that only `register` reads. */
const REGISTER_ONLY = Object.keys(REGISTER_OPTIONS) as (keyof typeof REGISTER_OPTIONS)[];

/**
 * `eid-wizard doctor | read | register`: the card library and the registration flow from a
 * terminal, without Electron. Output goes to stdout only when asked for; nothing is logged.
 * Exit codes: 0 fine, 1 a problem with the computer or card (`register`: not registered),
 * 2 wrong usage, 130 Ctrl-C during `register`. `io` and `hooks` are for in-process tests.
 */
export async function main(
  argv: readonly string[],
  io: RegisterIo = { input: process.stdin, output: process.stdout },
  hooks: RegisterHooks = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch {
    console.error((await createTranslator(terminalLanguage(undefined), 'cli'))('usage'));
    return 2;
  }
  const { values, positionals } = parsed;
  const language = terminalLanguage(values.lang);
  const t = await createTranslator(language, 'cli');
  const command = positionals[0];
  const waitMs = Number(values.wait) * 1000;
  if (command === 'register' && !values.help && positionals.length === 1) {
    const options = registerOptions(values);
    if ('wrong' in options) {
      console.error(`${t('register.problem.option', { option: options.wrong })}\n\n${t('usage')}`);
      return 2;
    }
    return registerCommand(options, language, t, io, hooks);
  }
  const misplaced = REGISTER_ONLY.some((name) => name !== 'yes' && values[name] !== undefined) || values.yes;
  if (values.help || (command !== 'doctor' && command !== 'read') || !(waitMs >= 0) || misplaced) {
    (values.help ? console.log : console.error)(t('usage'));
    return values.help ? 0 : 2;
  }
  const anchors = await loadTrustAnchors(values['test-roots']);
  const trustAnchors = anchors.accepted.map((anchor) => anchor.der);
  const now = new Date();
  if (command === 'doctor') {
    const report = await runDoctor({ reader: values.reader, waitMs, trustAnchors, now });
    console.log(values.json ? renderDoctorJson(t, report) : renderDoctorText(t, report));
    return report.ok ? 0 : 1;
  }
  try {
    const data = await readCard({
      reader: values.reader,
      waitMs,
      photo: values.photo !== undefined,
      trustAnchors,
      now,
    });
    if (values.photo && data.photo) writePhoto(values.photo, data.photo);
    console.log(values.json ? renderReadJson(data) : renderReadText(t, language, data, values.pem));
    return 0;
  } catch (error) {
    console.error(errorText(t, error));
    return 1;
  }
}

/** A translated line for a typed error; codes only, never card data or messages with content. */
function errorText(t: TFunction, error: unknown): string {
  if (error instanceof PcscError || error instanceof BelpicError) {
    return t(`error.${error.code}`, { defaultValue: t('error.other', { code: error.code }) });
  }
  return t('error.other', { code: error instanceof Error ? error.name : 'unknown' });
}
