import { fieldError, type FieldOrigin } from './field-origin.ts';

/**
 * Document types of tag `0F` by numeric code, belpic-protocol.md §4.4 / [IDADR5], [SDK].
 * Codes 2 and 3 are from the 2004 content document, later replaced by 11–19.
 */
export const DOCUMENT_KINDS = {
  /** Belgian citizen eID. */
  1: 'belgian-citizen',
  /** European Community citizen (2004 documents, replaced by 11–19). */
  2: 'ec-citizen',
  /** Non-EC citizen (2004 documents, replaced by 11–19). */
  3: 'non-ec-citizen',
  /** Kids-ID, children under 12. */
  6: 'kids',
  /** Bootstrap card. */
  7: 'bootstrap',
  /** "Habilitation/machtigings" card. */
  8: 'habilitation',
  /** A-card (foreigner). */
  11: 'a-card',
  /** B-card. */
  12: 'b-card',
  /** C-card. */
  13: 'c-card',
  /** D-card. */
  14: 'd-card',
  /** E-card. */
  15: 'e-card',
  /** E+-card. */
  16: 'e-plus-card',
  /** F-card. */
  17: 'f-card',
  /** F+-card. */
  18: 'f-plus-card',
  /** H-card (European blue card). */
  19: 'h-card',
  /** I-card. */
  20: 'i-card',
  /** J-card. */
  21: 'j-card',
  /** M-card (Brexit). */
  22: 'm-card',
  /** N-card (Brexit). */
  23: 'n-card',
  /** K-card. */
  27: 'k-card',
  /** L-card. */
  28: 'l-card',
  /** EU-card. */
  31: 'eu-card',
  /** EU+-card. */
  32: 'eu-plus-card',
  /** A-card, new layout (Reg. 1030/2002). */
  33: 'a-card-new-layout',
  /** B-card, new layout. */
  34: 'b-card-new-layout',
  /** F-card, new layout. */
  35: 'f-card-new-layout',
  /** F+-card, new layout. */
  36: 'f-plus-card-new-layout',
  /** Kids foreigner card EU. */
  61: 'kids-eu-card',
  /** Kids foreigner card EU+. */
  62: 'kids-eu-plus-card',
  /** Kids foreigner card A. */
  63: 'kids-a-card',
  /** Kids foreigner card B. */
  64: 'kids-b-card',
  /** Kids foreigner card K. */
  65: 'kids-k-card',
  /** Kids foreigner card L. */
  66: 'kids-l-card',
  /** Kids foreigner card F. */
  67: 'kids-f-card',
  /** Kids foreigner card F+. */
  68: 'kids-f-plus-card',
  /** Kids foreigner card M. */
  69: 'kids-m-card',
} as const;

/** A known document kind of {@link DOCUMENT_KINDS}. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[keyof typeof DOCUMENT_KINDS];

/** The document type of a card: its numeric code, and its kind (`unknown` for a code not in §4.4). */
export type DocumentType =
  | { readonly code: number; readonly kind: DocumentKind }
  | { readonly code: number; readonly kind: 'unknown' };

const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

/**
 * Parses tag `0F`, belpic-protocol.md §4.4: 1–2 decimal digits, compared numerically (`"01"`
 * is 1). A code not in the table is kept as `{ code, kind: 'unknown' }`; a value that is not
 * 1–2 digits throws a {@link ParseError}.
 */
export function parseDocumentType(
  raw: string,
  origin: FieldOrigin = { structure: 'document type', offset: 0 },
): DocumentType {
  if (!ONE_OR_TWO_DIGITS.test(raw)) throw fieldError(origin, 'document type is not 1–2 digits');
  const code = Number(raw);
  const kind = (DOCUMENT_KINDS as Readonly<Record<number, DocumentKind>>)[code];
  return kind === undefined ? { code, kind: 'unknown' } : { code, kind };
}

/** Kids-ID (6) or a kids foreigner card (61–69): cards of children under 12 (§4.4). */
export function isKidsCard(documentType: DocumentType): boolean {
  return documentType.code === 6 || (documentType.code >= 61 && documentType.code <= 69);
}

/**
 * A residence card of a foreign national (§4.4): the 2004 codes 2–3, the foreigner cards
 * 11–36 and the kids foreigner cards 61–69. Unknown codes in those ranges count as well.
 */
export function isForeignerCard(documentType: DocumentType): boolean {
  const { code } = documentType;
  return code === 2 || code === 3 || (code >= 11 && code <= 36) || (code >= 61 && code <= 69);
}
