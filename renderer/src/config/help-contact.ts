/**
 * The help line shown on every screen (registration-flow.md "Every screen: ... help/contact
 * line"). Placeholders until the operator's real help desk is configured (the app's config
 * file will carry these; issue 7).
 */
export const HELP_CONTACT = {
  url: 'https://eid-wizard.example.be/help',
  phone: '+32 2 000 00 00',
} as const;
