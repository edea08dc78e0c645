import type { FlowErrorCode } from '../../../../common/flow/flow-errors.ts';

/** The translation keys of one error: what happened, and what the person can do about it. */
export interface ErrorText {
  readonly title: string;
  readonly advice: string;
}

const keys = (code: FlowErrorCode): ErrorText => ({
  title: `register.error.${code}.title`,
  advice: `register.error.${code}.advice`,
});

/**
 * Every {@link FlowErrorCode} and its words in `locales/<lang>/cli.json` (style rule 6: the view
 * owns the words). A `Record` over the code union, so adding a code to the flow fails the type
 * check here until the terminal has words for it; the locale test and the renderer test check
 * that every language has them.
 */
export const ERROR_TEXT: Readonly<Record<FlowErrorCode, ErrorText>> = {
  'pcsc-unavailable': keys('pcsc-unavailable'),
  'card-unreadable': keys('card-unreadable'),
  'card-not-eid': keys('card-not-eid'),
  'card-unsupported': keys('card-unsupported'),
  'card-in-use': keys('card-in-use'),
  'card-expired': keys('card-expired'),
  'certificates-inactive': keys('certificates-inactive'),
  'no-signing-certificate': keys('no-signing-certificate'),
  'card-data-invalid': keys('card-data-invalid'),
  'pin-blocked': keys('pin-blocked'),
  'card-changed': keys('card-changed'),
  'service-unreachable': keys('service-unreachable'),
  'service-timeout': keys('service-timeout'),
  'service-tls': keys('service-tls'),
  'service-busy': keys('service-busy'),
  'service-error': keys('service-error'),
  'session-expired': keys('session-expired'),
  'authentication-refused': keys('authentication-refused'),
  'code-expired': keys('code-expired'),
  'code-tries-exhausted': keys('code-tries-exhausted'),
  'code-used': keys('code-used'),
  'application-refused': keys('application-refused'),
  'idle-timeout': keys('idle-timeout'),
  internal: keys('internal'),
};
