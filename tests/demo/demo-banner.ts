import type { Opener } from './demo-decisions.ts';

/** What the banner reports. */
export interface BannerFacts {
  readonly pageUrl: string;
  readonly simulatorUrl: string;
  readonly serviceBaseUrl: string;
  readonly cardId: string;
  readonly pin: string;
  /** e.g. `pcscd + vpcd, reader "Virtual PCD 00 00"`. */
  readonly cardSource: string;
  readonly cardReason: string;
  readonly opener: Opener;
}

/** How the wizard was opened, in words. */
export function openerText(opener: Opener): string {
  switch (opener.kind) {
    case 'chromium':
      return `in a Chromium app window (${opener.command})`;
    case 'system':
      return `in the default browser (${opener.command})`;
    case 'print':
      return `not opened: ${opener.reason}`;
  }
}

/** The demo's banner: where everything is, the PIN, and the keys. */
export function bannerLines(facts: BannerFacts): string[] {
  return [
    '',
    'eID Wizard demo: the real flow, a virtual eID card and the registration service',
    '',
    `  wizard     ${facts.pageUrl}`,
    `             ${openerText(facts.opener)}`,
    `  phone      ${facts.simulatorUrl}`,
    '             open it and start a registration: it shows the 5-character code to type in the wizard,',
    '             like the phone app would; after the wizard is done, confirm there',
    `  card       ${facts.cardId}, PIN ${facts.pin}`,
    `             ${facts.cardSource} (${facts.cardReason})`,
    `  service    ${facts.serviceBaseUrl} (in this process, SQLite in a temporary folder, test roots trusted)`,
    '',
    '  keys       r  remove / insert the card',
    '             q  quit (also Ctrl-C)',
    '',
  ];
}
