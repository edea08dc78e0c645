import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../../common/i18n/languages.ts';

/** The options of `npm run demo`. */
export interface DemoOptions {
  /** The virtual card (tests/virtual-card catalogue). */
  readonly card: string;
  readonly language: Language;
  /** Only print the URL. */
  readonly noOpen: boolean;
  /** The service's port on 127.0.0.1. */
  readonly port: number;
  /** The vpcd reader when the card goes through pcscd. */
  readonly reader: 0 | 1;
  /** Keep the card in process even when pcscd and vpcd are there. */
  readonly inProcess: boolean;
  /** Serve this folder instead of building `dist/wizard/`. */
  readonly staticRoot: string | undefined;
  readonly help: boolean;
}

/** The usage text. */
export const DEMO_USAGE = `usage: npm run demo -- [options]
  --card <id>      the virtual card (default citizen-1.8; see tests/virtual-card/README.md)
  --lang <nl|fr|de|en>  the wizard's language (default en)
  --port <n>       the registration service's port on 127.0.0.1 (default 8480)
  --reader <0|1>   the vpcd reader when the card goes through pcscd (default 0)
  --in-process     keep the card in this process even when pcscd and vpcd are there
  --no-open        only print the wizard's URL
  --static-root <dir>  serve this folder instead of building dist/wizard/
  --help`;

/** The checked options, or what is wrong with them. */
export function parseDemoOptions(args: readonly string[]): DemoOptions | { readonly wrong: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        card: { type: 'string', default: 'citizen-1.8' },
        lang: { type: 'string', default: 'en' },
        port: { type: 'string', default: '8480' },
        reader: { type: 'string', default: '0' },
        'in-process': { type: 'boolean', default: false },
        'no-open': { type: 'boolean', default: false },
        'static-root': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { wrong: (error as Error).message };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) return { wrong: `--port ${values.port}` };
  if (!isLanguage(values.lang)) return { wrong: `--lang ${values.lang}` };
  if (values.reader !== '0' && values.reader !== '1') return { wrong: `--reader ${values.reader}` };
  return {
    card: values.card,
    language: values.lang,
    noOpen: values['no-open'],
    port,
    reader: values.reader === '0' ? 0 : 1,
    inProcess: values['in-process'],
    staticRoot: values['static-root'],
    help: values.help,
  };
}
