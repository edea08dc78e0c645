import { decodeOid, decodeSmallInteger, TAG, type DerElement } from '../../common/pki/cms/der-walk.ts';
import { EXTENSION_OID, type ExtensionsModel } from '../../common/pki/extensions.ts';
import { keyUsageFromBits, type KeyUsageFlags } from '../../common/pki/key-usage.ts';
import { isPlainDer, strictChildren, strictSingle } from './strict-der.ts';

const BOOLEAN_TRUE = 0xff;

/** Mutable {@link ExtensionsModel} while reading. */
interface Reading {
  keyUsage: KeyUsageFlags | undefined;
  isCa: boolean;
  pathLength: number | undefined;
  extendedKeyUsage: string[] | undefined;
  policies: string[];
  critical: string[];
}

function oidOf(element: DerElement | undefined): string | undefined {
  if (element?.tag !== TAG.oid) return undefined;
  try {
    return decodeOid(element, 'extension');
  } catch {
    return undefined;
  }
}

function trueBoolean(element: DerElement): boolean {
  return element.tag === 0x01 && element.content.length === 1 && element.content[0] === BOOLEAN_TRUE;
}

/** basicConstraints `SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL }`. */
function basicConstraints(items: DerElement[], into: Reading): boolean {
  let rest = items;
  if (rest[0] !== undefined && rest[0].tag === 0x01) {
    if (!trueBoolean(rest[0])) return false; // FALSE is the DEFAULT: not written in DER
    into.isCa = true;
    rest = rest.slice(1);
  }
  if (rest.length > 1) return false;
  if (rest[0] !== undefined) {
    const { content } = rest[0];
    if (rest[0].tag !== TAG.integer || content.length > 4 || (content[0] as number) & 0x80) return false;
    into.pathLength = decodeSmallInteger(rest[0], 'basicConstraints');
  }
  return true;
}

/** Reads one modelled extension value (exactly one plain DER element); false when it is not as expected. */
function readValue(oid: string, value: Uint8Array, into: Reading): boolean {
  if (!isPlainDer(value)) return false;
  if (oid === EXTENSION_OID.keyUsage) {
    const bits = strictSingle(value, TAG.bitString);
    if (bits === undefined || bits.content.length < 2) return false;
    into.keyUsage = keyUsageFromBits(bits.content.subarray(1));
    return true;
  }
  const sequence = strictSingle(value, TAG.sequence);
  const items = sequence === undefined ? undefined : strictChildren(sequence);
  if (items === undefined) return false;
  if (oid === EXTENSION_OID.basicConstraints) return basicConstraints(items, into);
  if (oid === EXTENSION_OID.extendedKeyUsage) {
    const purposes = items.map(oidOf);
    if (purposes.some((p) => p === undefined)) return false;
    into.extendedKeyUsage = purposes as string[];
    return true;
  }
  // certificatePolicies: SEQUENCE OF PolicyInformation { policyIdentifier, qualifiers OPTIONAL }
  const policies = items.map((info) =>
    info.tag === TAG.sequence ? oidOf(strictChildren(info)?.[0]) : undefined,
  );
  if (policies.some((p) => p === undefined)) return false;
  into.policies = policies as string[];
  return true;
}

const MODELLED: ReadonlySet<string> = new Set(Object.values(EXTENSION_OID));

/**
 * The `[3] EXPLICIT Extensions` of a TBSCertificate (RFC 5280 §4.1.2.9) as `common/pki`
 * `readExtensions` models them (keyUsage, basicConstraints, extKeyUsage, certificatePolicies,
 * the critical OIDs), read from the DER. `undefined` for anything this reader does not model
 * exactly as pkijs + readExtensions would (the caller then uses them): a non-DER `critical`,
 * a repeated extension, a modelled value that is not plain DER of the expected shape. With no
 * extensions (`wrapper` undefined) the model is empty, as readExtensions(undefined).
 */
export function readExtensionsFast(wrapper: DerElement | undefined): ExtensionsModel | undefined {
  const into: Reading = {
    keyUsage: undefined,
    isCa: false,
    pathLength: undefined,
    extendedKeyUsage: undefined,
    policies: [],
    critical: [],
  };
  if (wrapper === undefined) return into;
  const outer = strictChildren(wrapper);
  if (outer?.length !== 1 || outer[0]?.tag !== TAG.sequence) return undefined;
  const extensions = strictChildren(outer[0]);
  if (extensions === undefined) return undefined;
  const seen = new Set<string>();
  for (const extension of extensions) {
    const items = extension.tag === TAG.sequence ? strictChildren(extension) : undefined;
    const oid = oidOf(items?.[0]);
    if (items === undefined || oid === undefined || seen.has(oid)) return undefined;
    seen.add(oid);
    const critical = items.length === 3;
    if (items.length !== 2 && !(critical && trueBoolean(items[1] as DerElement))) return undefined;
    const value = items[items.length - 1] as DerElement;
    if (value.tag !== TAG.octetString) return undefined;
    if (critical) into.critical.push(oid);
    if (MODELLED.has(oid) && !readValue(oid, value.content, into)) return undefined;
  }
  return into;
}
