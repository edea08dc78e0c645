import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { BelpicError } from '../../../native/belpic/belpic-error.ts';
import { PcscError } from '../../../native/pcsc/pcsc-error.ts';
import { runDoctor } from '../doctor/run-doctor.ts';
import { createTranslator, terminalLanguage } from '../i18n/translator.ts';
import { loadTrustAnchors } from '../trust/load-trust-anchors.ts';
import { readCard, writePhoto } from './read-card-command.ts';
import { renderDoctorJson, renderDoctorText } from './render-doctor.ts';
import { renderReadJson, renderReadText } from './render-read.ts';

/**
 * `eid-wizard doctor | read`: the card library from a terminal, without Electron. Output goes
 * to stdout only when asked for; nothing is logged. Exit codes: 0 fine, 1 a problem with the
 * computer or card, 2 wrong usage.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      reader: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      'test-roots': { type: 'string', multiple: true, default: [] },
      wait: { type: 'string', default: '5' },
      photo: { type: 'string' },
      pem: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const language = terminalLanguage(values.lang);
  const t = await createTranslator(language, 'cli');
  const command = positionals[0];
  const waitMs = Number(values.wait) * 1000;
  if (values.help || (command !== 'doctor' && command !== 'read') || !(waitMs >= 0)) {
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
