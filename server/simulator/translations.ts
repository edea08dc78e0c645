import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../common/i18n/languages.ts';

/** The repository's `locales/` folder. */
const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));

/** One language's `service` namespace (locales/<lang>/service.json). */
export type ServiceMessages = Readonly<Record<string, unknown>>;

/**
 * Reads the `service` namespace of every language. Completeness across nl/fr/de/en is checked
 * by tests/unit/locales; the service reads the files itself because server/ cannot use the
 * app's translator (electron/).
 */
export function loadServiceMessages(directory = LOCALES): Readonly<Record<Language, ServiceMessages>> {
  const messages = {} as Record<Language, ServiceMessages>;
  for (const language of LANGUAGES) {
    messages[language] = JSON.parse(readFileSync(`${directory}${language}/service.json`, 'utf8'));
  }
  return messages;
}

/** The value at a dotted `key` (a string or a sub-tree), or undefined. */
export function lookup(messages: ServiceMessages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** The string at `key`; the key itself when missing (the locale test keeps that from happening). */
export function translate(messages: ServiceMessages, key: string): string {
  const value = lookup(messages, key);
  return typeof value === 'string' ? value : key;
}
