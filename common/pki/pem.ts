import { ParseError } from '../binary/parse-error.ts';
import { decodeBase64, encodeBase64 } from './base64.ts';

/**
 * PEM encoding of DER (RFC 7468 §2, §5.1): `-----BEGIN <label>-----`, base64 in lines of 64
 * characters, `-----END <label>-----`, each line ending in `\n`.
 */
export function encodePem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const body = encodeBase64(der);
  const lines = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  lines.push(`-----END ${label}-----`, '');
  return lines.join('\n');
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END ([A-Z0-9 ]+)-----/g;

/**
 * The DER of every `CERTIFICATE` block in PEM text (RFC 7468 §5.1), in order. Text outside the
 * blocks (explanatory headers, as in resources/trust/*.pem) is ignored; blocks with another
 * label are skipped. Unmatched labels or bad base64 throw a {@link ParseError}.
 */
export function decodePemCertificates(text: string): Uint8Array[] {
  const certificates: Uint8Array[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const [, begin, body, end] = match as unknown as [string, string, string, string];
    if (begin !== end) throw new ParseError('PEM', match.index, `BEGIN ${begin} closed by END ${end}`);
    if (begin === 'CERTIFICATE') certificates.push(decodeBase64(body, 'PEM certificate'));
  }
  return certificates;
}
