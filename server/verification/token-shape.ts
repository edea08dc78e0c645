import type { WebEidToken } from '../../common/webeid/web-eid-token.ts';

/** Longest string field accepted (Web eID validators cap the whole token at 10 000 characters). */
const MAX_FIELD = 10_000;

/**
 * Whether `token` has the shape of a Web eID token (pki-and-signing.md §5.1): an object whose
 * `unverifiedCertificate`, `algorithm`, `signature` and `format` are non-empty strings of at
 * most 10 000 characters, and `appVersion`, if present, a string. Unknown members are ignored,
 * as the Java validator does (`@JsonIgnoreProperties(ignoreUnknown = true)`).
 */
export function isWebEidTokenShape(token: unknown): token is WebEidToken {
  if (token === null || typeof token !== 'object') return false;
  const record = token as Record<string, unknown>;
  const text = (name: string): boolean => {
    const value = record[name];
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD;
  };
  const appVersion = record.appVersion;
  return (
    text('unverifiedCertificate') &&
    text('algorithm') &&
    text('signature') &&
    text('format') &&
    (appVersion === undefined || (typeof appVersion === 'string' && appVersion.length <= MAX_FIELD))
  );
}
