import { readDerHeader } from '../../common/der/der-header.ts';
import type { DerElement } from '../../common/pki/cms/der-walk.ts';

/**
 * Strict DER reading for the fast certificate reader (fast-certificate.ts), on
 * `common/der/readDerHeader`: every function answers `undefined` where the input is anything
 * but plain DER, so that the reader can hand such certificates to pkijs instead of modelling
 * BER leniency differently from it. Never throws on malformed input.
 */

/** Identifier octets (X.690 §8.1.2): class bits, constructed bit. */
const CLASS_MASK = 0xc0;
const CONSTRUCTED = 0x20;
const UNIVERSAL_SEQUENCE = 0x30;
const UNIVERSAL_SET = 0x31;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const BOOLEAN = 0x01;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const NULL = 0x05;
const OID = 0x06;
/** OCTET STRING and the character strings of certificates (UTF8, Numeric, Printable, T61, IA5, Visible). */
const PLAIN_STRINGS: ReadonlySet<number> = new Set([0x04, 0x0c, 0x12, 0x13, 0x14, 0x16, 0x1a]);

/** The element at `offset` of `bytes` with a minimal DER length, else `undefined`. */
export function strictElementAt(bytes: Uint8Array, offset: number): DerElement | undefined {
  try {
    const header = readDerHeader(bytes, offset, 'certificate');
    if (header.warnings.length > 0) return undefined;
    return {
      tag: header.tag,
      encoded: bytes.subarray(offset, header.end),
      content: bytes.subarray(offset + header.headerLength, header.end),
    };
  } catch {
    return undefined;
  }
}

/** The elements that exactly fill `bytes`, or `undefined`. */
export function strictElements(bytes: Uint8Array): DerElement[] | undefined {
  const items: DerElement[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const item = strictElementAt(bytes, offset);
    if (item === undefined) return undefined;
    items.push(item);
    offset += item.encoded.length;
  }
  return items;
}

/** The children of a constructed element, or `undefined`. */
export function strictChildren(element: DerElement): DerElement[] | undefined {
  return (element.tag & CONSTRUCTED) === 0 ? undefined : strictElements(element.content);
}

/** `bytes` as exactly one element with tag `tag`, or `undefined`. */
export function strictSingle(bytes: Uint8Array, tag: number): DerElement | undefined {
  const element = strictElementAt(bytes, 0);
  return element?.tag === tag && element.encoded.length === bytes.length ? element : undefined;
}

const UTC_TIME_FORM = /^\d{12}Z$/;
const GENERALIZED_TIME_FORM = /^\d{14}Z$/;

/**
 * A Time (RFC 5280 §4.1.2.5) in the only forms DER certificates use, `YYMMDDHHMMSSZ` (UTCTime,
 * 50–99 → 19YY) and `YYYYMMDDHHMMSSZ` (GeneralizedTime), computed as asn1js does (Date.UTC);
 * any other form is `undefined`.
 */
export function strictTime(element: DerElement): Date | undefined {
  if (element.content.length > 15) return undefined;
  const text = String.fromCharCode(...element.content);
  const digits = (from: number, to: number) => Number(text.slice(from, to));
  if (element.tag === UTC_TIME && UTC_TIME_FORM.test(text)) {
    const year = digits(0, 2);
    const rest = [digits(2, 4) - 1, digits(4, 6), digits(6, 8), digits(8, 10), digits(10, 12)] as const;
    return new Date(Date.UTC(year >= 50 ? 1900 + year : 2000 + year, ...rest));
  }
  if (element.tag === GENERALIZED_TIME && GENERALIZED_TIME_FORM.test(text)) {
    const rest = [digits(4, 6) - 1, digits(6, 8), digits(8, 10), digits(10, 12), digits(12, 14)] as const;
    return new Date(Date.UTC(digits(0, 4), ...rest, 0));
  }
  return undefined;
}

/** A universal primitive whose content asn1js reads without surprises. */
function plainPrimitive(element: DerElement): boolean {
  const { tag, content } = element;
  switch (tag) {
    case BOOLEAN:
      return content.length === 1 && (content[0] === 0x00 || content[0] === 0xff);
    case INTEGER:
    case OID:
      return content.length > 0;
    case BIT_STRING:
      return content.length > 0 && (content[0] as number) <= 7;
    case NULL:
      return content.length === 0;
    case UTC_TIME:
    case GENERALIZED_TIME:
      return strictTime(element) !== undefined;
    default:
      return PLAIN_STRINGS.has(tag);
  }
}

/**
 * Whether `bytes` are a sequence of plain DER elements, recursively: minimal lengths, single
 * identifier octets, constructed encoding only for SEQUENCE, SET and non-universal tags
 * (DER never constructs strings), BOOLEAN/NULL/INTEGER/OID/BIT STRING/times well formed,
 * no other universal primitive than those and OCTET STRING and the usual character strings
 * (no end-of-contents, BMPString, …). Primitive contents (OCTET STRINGs, extension values)
 * are not entered.
 */
export function isPlainDer(bytes: Uint8Array, depth = 0): boolean {
  if (depth > 32) return false;
  const elements = strictElements(bytes);
  if (elements === undefined) return false;
  return elements.every((element) => {
    if ((element.tag & CONSTRUCTED) === 0) return (element.tag & CLASS_MASK) !== 0 || plainPrimitive(element);
    if (
      (element.tag & CLASS_MASK) === 0 &&
      element.tag !== UNIVERSAL_SEQUENCE &&
      element.tag !== UNIVERSAL_SET
    )
      return false;
    return isPlainDer(element.content, depth + 1);
  });
}
