import { describe, expect, it } from 'vitest';
import { externalLinkAllowed } from '../../../../../electron/shell/security/external-links.ts';

const HELP = 'https://help.example.be/eid/start';
const personal = { helpUrl: HELP, kiosk: false };

describe('externalLinkAllowed', () => {
  it.each([
    HELP,
    'https://help.example.be/',
    'https://help.example.be/eid/other?q=1#x',
    'https://HELP.example.be/eid',
  ])('lets %s go to the browser', (url) => {
    expect(externalLinkAllowed(url, personal)).toBe(true);
  });

  it.each([
    'http://help.example.be/eid/start',
    'https://help.example.be:8443/eid/start',
    'https://evil.example.be/eid/start',
    'https://help.example.be.evil.com/',
    'https://user@help.example.be/eid/start',
    'https://user:pw@help.example.be/eid/start',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'eid-wizard://app/index.html',
    'mailto:help@example.be',
    'ms-settings:',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(externalLinkAllowed(url, personal)).toBe(false);
  });

  it('refuses everything in kiosk mode', () => {
    expect(externalLinkAllowed(HELP, { helpUrl: HELP, kiosk: true })).toBe(false);
  });

  it('refuses everything without a help URL', () => {
    expect(externalLinkAllowed(HELP, { kiosk: false })).toBe(false);
  });

  it('refuses everything when the configured help URL is not https or not a URL', () => {
    expect(
      externalLinkAllowed('http://help.example.be/', { helpUrl: 'http://help.example.be/', kiosk: false }),
    ).toBe(false);
    expect(externalLinkAllowed(HELP, { helpUrl: 'help page', kiosk: false })).toBe(false);
  });
});
