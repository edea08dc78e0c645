import type { TFunction } from 'i18next';

/** English answers, understood in every language (people type `y` out of habit). */
const ENGLISH = { yes: ['y', 'yes'], no: ['n', 'no'] };

/**
 * Reads a yes/no answer in the active language: the words listed in `register.answer.yes` /
 * `.no` (comma-separated: `j,ja` in Dutch, `o,oui` in French), plus English. Case and
 * surrounding spaces do not matter. Undefined for anything else.
 */
export function parseYesNo(t: TFunction, answer: string): boolean | undefined {
  const word = answer.trim().toLowerCase();
  const words = (key: string): string[] =>
    t(key)
      .split(',')
      .map((w) => w.trim().toLowerCase());
  if ([...words('register.answer.yes'), ...ENGLISH.yes].includes(word)) return true;
  if ([...words('register.answer.no'), ...ENGLISH.no].includes(word)) return false;
  return undefined;
}
