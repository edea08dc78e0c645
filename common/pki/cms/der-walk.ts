import { ParseError } from '../../binary/parse-error.ts';
import { readDerHeader } from '../../der/der-header.ts';

/** One DER element inside a larger buffer (views, not copies). */
export interface DerElement {
  /** The identifier octet, e.g. `30` SEQUENCE, `31` SET, `A0` [0] constructed. */
  readonly tag: number;
  /** Identifier, length and content octets. */
  readonly encoded: Uint8Array;
  /** Content octets only. */
  readonly content: Uint8Array;
}

/** Universal and context tags the CMS reader meets (X.690 §8.1.2). */
export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context1: 0xa1,
  context0Primitive: 0x80,
  context4: 0xa4,
} as const;

/** The element starting at `offset` of `bytes` (X.690 §8.1); must lie inside `bytes`. */
export function elementAt(bytes: Uint8Array, offset: number, structure: string): DerElement {
  const header = readDerHeader(bytes, offset, structure);
  return {
    tag: header.tag,
    encoded: bytes.subarray(offset, header.end),
    content: bytes.subarray(offset + header.headerLength, header.end),
  };
}

/** `bytes` as exactly one element: nothing may follow it. */
export function singleElement(bytes: Uint8Array, structure: string): DerElement {
  const element = elementAt(bytes, 0, structure);
  if (element.encoded.length !== bytes.length) {
    throw new ParseError(structure, element.encoded.length, 'data after the DER element');
  }
  return element;
}

/** The elements in a constructed element's content, in order. */
export function childrenOf(element: DerElement, structure: string): DerElement[] {
  const items: DerElement[] = [];
  for (let offset = 0; offset < element.content.length;) {
    const child = elementAt(element.content, offset, structure);
    items.push(child);
    offset += child.encoded.length;
  }
  return items;
}

/** `element` after checking its tag. */
export function expectTag(
  element: DerElement | undefined,
  tag: number,
  structure: string,
  what: string,
): DerElement {
  if (element === undefined) throw new ParseError(structure, 0, `${what} missing`);
  if (element.tag !== tag) {
    throw new ParseError(
      structure,
      0,
      `${what}: tag ${element.tag.toString(16)}, expected ${tag.toString(16)}`,
    );
  }
  return element;
}

/** Dotted form of an OBJECT IDENTIFIER's content (X.690 §8.19). */
export function decodeOid(element: DerElement, structure: string): string {
  const { content } = element;
  if (element.tag !== TAG.oid || content.length === 0) throw new ParseError(structure, 0, 'expected an OID');
  const arcs: number[] = [];
  let value = 0;
  for (const [i, byte] of content.entries()) {
    if (value === 0 && byte === 0x80) throw new ParseError(structure, i, 'non-minimal OID arc');
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) throw new ParseError(structure, i, 'OID arc too large');
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    }
  }
  if ((content[content.length - 1] as number) & 0x80) throw new ParseError(structure, 0, 'truncated OID');
  const first = arcs.shift() as number;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** A small non-negative INTEGER (X.690 §8.3), e.g. a version. */
export function decodeSmallInteger(element: DerElement, structure: string): number {
  if (element.tag !== TAG.integer || element.content.length === 0 || element.content.length > 4) {
    throw new ParseError(structure, 0, 'expected a small INTEGER');
  }
  if ((element.content[0] as number) & 0x80) throw new ParseError(structure, 0, 'negative INTEGER');
  return element.content.reduce((sum, byte) => sum * 256 + byte, 0);
}
