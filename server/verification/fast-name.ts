import type { RelativeDistinguishedNames } from 'pkijs';
import { readDistinguishedName, type DistinguishedName } from '../../common/pki/distinguished-name.ts';
import { decodeOid, TAG, type DerElement } from '../../common/pki/cms/der-walk.ts';
import { strictChildren } from './strict-der.ts';

const UTF8_STRING = 0x0c;
/** Strings asn1js reads one character per byte: Numeric, Printable, T61, IA5, Visible. */
const BYTE_STRINGS: ReadonlySet<number> = new Set([0x12, 0x13, 0x14, 0x16, 0x1a]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** An attribute value as asn1js reads it (`valueBlock.value`), for the strings modelled here. */
function attributeText({ tag, content }: DerElement): string | undefined {
  if (content.length === 0) return undefined;
  if (BYTE_STRINGS.has(tag))
    return Buffer.from(content.buffer, content.byteOffset, content.length).toString('latin1');
  if (tag !== UTF8_STRING) return undefined;
  try {
    return utf8.decode(content);
  } catch {
    return undefined;
  }
}

function oidOf(element: DerElement | undefined): string | undefined {
  if (element?.tag !== TAG.oid) return undefined;
  try {
    return decodeOid(element, 'Name');
  } catch {
    return undefined;
  }
}

/**
 * A DER `Name` (RFC 5280 §4.1.2.4: `SEQUENCE OF SET OF SEQUENCE { type, value }`) as
 * `common/pki/readDistinguishedName` models it from pkijs, without parsing the certificate
 * with pkijs: the attributes in encoding order, as asn1js decodes their strings. Only non-empty UTF8String
 * and one-byte-per-character strings are modelled (everything Belgian eID names use); any
 * other value type, an empty name or RDN, or anything that is not plain DER is `undefined`
 * (the caller then uses pkijs).
 */
export function readNameFast(name: DerElement): DistinguishedName | undefined {
  if (name.tag !== TAG.sequence) return undefined;
  const rdns = strictChildren(name);
  if (rdns === undefined || rdns.length === 0) return undefined;
  const attributes: (readonly [string, string])[] = [];
  for (const rdn of rdns) {
    const pairs = rdn.tag === TAG.set ? strictChildren(rdn) : undefined;
    if (pairs === undefined || pairs.length === 0) return undefined;
    for (const pair of pairs) {
      const items = pair.tag === TAG.sequence ? strictChildren(pair) : undefined;
      if (items?.length !== 2) return undefined;
      const type = oidOf(items[0]);
      const text = attributeText(items[1] as DerElement);
      if (type === undefined || text === undefined) return undefined;
      attributes.push([type, text]);
    }
  }
  // The fields come from common's readDistinguishedName itself, which reads only `type` and
  // `value.valueBlock.value` of each pkijs AttributeTypeAndValue.
  const typesAndValues = attributes.map(([type, value]) => ({ type, value: { valueBlock: { value } } }));
  return readDistinguishedName({ typesAndValues } as unknown as RelativeDistinguishedNames);
}
