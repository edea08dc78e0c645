import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { parseServiceUrl } from '../service/service-url.ts';
import { AppConfigSchema } from './app-config-schema.ts';
import type { ConfigProblem } from './config-error.ts';

/** At most this many problems are reported: enough to fix a file, not a wall of text. */
const MAX_PROBLEMS = 20;

/** A pointer into the file is shortened past this, since an unknown key is the file's text. */
const MAX_POINTER = 120;

/** The schema at `pointer` (through `properties` and `items`), or undefined past the schema. */
function schemaAt(pointer: string): TSchema | undefined {
  let schema: TSchema | undefined = AppConfigSchema;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const node = schema as { properties?: Record<string, TSchema>; items?: TSchema } | undefined;
    schema = node?.properties?.[key] ?? node?.items;
    if (schema === undefined) return undefined;
  }
  return schema;
}

/** The nearest `description` on the way to `pointer`: an item's, else its list's, else its object's. */
function expectedAt(pointer: string): string {
  const parts = pointer.split('/');
  for (let n = parts.length; n > 1; n--) {
    const description = (schemaAt(parts.slice(0, n).join('/')) as { description?: string } | undefined)
      ?.description;
    if (description !== undefined) return description;
  }
  return 'a JSON object of settings';
}

/** What goes where an unknown key is: the known keys, so a typo is easy to spot. */
function unknownKey(pointer: string): string {
  const parent = schemaAt(pointer.slice(0, pointer.lastIndexOf('/'))) as
    { properties?: Record<string, unknown> } | undefined;
  return `a known setting (${Object.keys(parent?.properties ?? {}).join(', ')})`;
}

/** The schema's verdict on `value`, one problem per pointer, in the schema's order. */
export function schemaProblems(value: unknown): ConfigProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ pointer: '', expected: 'a JSON object of settings' }];
  const problems = new Map<string, string>();
  for (const error of Value.Errors(AppConfigSchema, value)) {
    const pointers =
      error.keyword === 'additionalProperties'
        ? ((error.params as { additionalProperties?: string[] }).additionalProperties ?? []).map(
            (key) => `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          )
        : [error.instancePath];
    for (const pointer of pointers) {
      if (problems.has(pointer)) continue;
      const unknown =
        error.keyword === 'additionalProperties' || error.schemaPath.endsWith('additionalProperties');
      problems.set(pointer, unknown ? unknownKey(pointer) : expectedAt(pointer));
    }
  }
  return [...problems].map(([pointer, expected]) => ({ pointer: shorten(pointer), expected }));
}

function shorten(pointer: string): string {
  return pointer.length <= MAX_POINTER ? pointer : `${pointer.slice(0, MAX_POINTER)}…`;
}

/** Whether `url` is an https:// URL without credentials (the help link opens in a browser). */
function isHttpsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * The checks that span keys or go beyond a schema, on values that have the right type (a
 * wrong type is the schema's problem): the service URL by the client's own rules
 * (`parseServiceUrl`), the help URL, the default language among the allowed ones, and the idle
 * warning shorter than the timeout; a kiosk must time out (a public terminal that never
 * returns to the start would leave the last person's data on screen).
 */
export function crossProblems(value: Readonly<Record<string, unknown>>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { serviceUrl, helpUrl, languages, defaultLanguage, mode } = value;
  const { idleTimeoutSeconds: timeout, idleWarningSeconds: warning } = value;
  if (typeof serviceUrl === 'string') {
    try {
      parseServiceUrl(serviceUrl, 'loadAppConfig');
    } catch {
      problems.push({ pointer: '/serviceUrl', expected: expectedAt('/serviceUrl') });
    }
  }
  if (typeof helpUrl === 'string' && !isHttpsUrl(helpUrl))
    problems.push({ pointer: '/helpUrl', expected: expectedAt('/helpUrl') });
  if (typeof defaultLanguage === 'string' && Array.isArray(languages) && !languages.includes(defaultLanguage))
    problems.push({ pointer: '/defaultLanguage', expected: 'one of the languages in "languages"' });
  if (mode === 'kiosk' && timeout === 0)
    problems.push({ pointer: '/idleTimeoutSeconds', expected: 'more than 0 in kiosk mode' });
  if (typeof timeout === 'number' && typeof warning === 'number' && timeout > 0 && warning >= timeout)
    problems.push({
      pointer: '/idleWarningSeconds',
      expected: 'at least 20 and fewer seconds than idleTimeoutSeconds',
    });
  return problems;
}

/** Every problem of `value`, the schema's first, one per pointer, at most {@link MAX_PROBLEMS}. */
export function configProblems(value: unknown): ConfigProblem[] {
  const problems = schemaProblems(value);
  if (problems[0]?.pointer === '') return problems;
  const seen = new Set(problems.map((p) => p.pointer));
  const more = crossProblems(value as Record<string, unknown>).filter((p) => !seen.has(p.pointer));
  return [...problems, ...more].slice(0, MAX_PROBLEMS);
}
