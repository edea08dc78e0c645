import * as asn1js from 'asn1js';
import type { Extension } from 'pkijs';
import { ParseError } from '../binary/parse-error.ts';
import { keyUsageFromBits, type KeyUsageFlags } from './key-usage.ts';

/** Extension OIDs this module reads (RFC 5280 §4.2.1). */
export const EXTENSION_OID = {
  /** §4.2.1.3 keyUsage. */
  keyUsage: '2.5.29.15',
  /** §4.2.1.9 basicConstraints. */
  basicConstraints: '2.5.29.19',
  /** §4.2.1.12 extKeyUsage. */
  extendedKeyUsage: '2.5.29.37',
  /** §4.2.1.4 certificatePolicies. */
  certificatePolicies: '2.5.29.32',
} as const;

/** What the eID code needs from a certificate's extensions. */
export interface ExtensionsModel {
  /** Undefined when the extension is absent (RFC 5280: no restriction). */
  readonly keyUsage: KeyUsageFlags | undefined;
  /** basicConstraints cA; false when the extension is absent. */
  readonly isCa: boolean;
  /** basicConstraints pathLenConstraint, when present. */
  readonly pathLength: number | undefined;
  /** extKeyUsage purpose OIDs; undefined when absent. */
  readonly extendedKeyUsage: readonly string[] | undefined;
  /** certificatePolicies policy identifiers (pki-and-signing.md §3.3); empty when absent. */
  readonly policies: readonly string[];
  /** OIDs of every extension marked critical. */
  readonly critical: readonly string[];
}

function fail(oid: string, problem: string): ParseError {
  return new ParseError(`certificate extension ${oid}`, 0, problem);
}

function decode(extension: Extension): asn1js.AsnType {
  const value = extension.extnValue.valueBlock.valueHexView;
  const parsed = asn1js.fromBER(value);
  if (parsed.offset !== value.length) throw fail(extension.extnID, 'not one BER value');
  return parsed.result;
}

function sequenceItems(value: asn1js.AsnType, oid: string): asn1js.AsnType[] {
  if (!(value instanceof asn1js.Sequence)) throw fail(oid, 'expected a SEQUENCE');
  return value.valueBlock.value;
}

function oidOf(value: asn1js.AsnType | undefined, oid: string): string {
  if (!(value instanceof asn1js.ObjectIdentifier)) throw fail(oid, 'expected an OBJECT IDENTIFIER');
  return value.valueBlock.toString();
}

/**
 * Reads keyUsage (`BIT STRING`), basicConstraints (`SEQUENCE { cA BOOLEAN DEFAULT FALSE,
 * pathLenConstraint INTEGER OPTIONAL }`), extKeyUsage (`SEQUENCE OF KeyPurposeId`) and
 * certificatePolicies (`SEQUENCE OF PolicyInformation { policyIdentifier, … }`), RFC 5280
 * §4.2.1.3, .9, .12, .4. A malformed value of one of these throws a {@link ParseError}; other
 * extensions are only listed when critical.
 */
export function readExtensions(extensions: readonly Extension[] | undefined): ExtensionsModel {
  let keyUsage: KeyUsageFlags | undefined;
  let isCa = false;
  let pathLength: number | undefined;
  let extendedKeyUsage: string[] | undefined;
  let policies: string[] = [];
  const critical: string[] = [];
  for (const extension of extensions ?? []) {
    const oid = extension.extnID;
    if (extension.critical) critical.push(oid);
    if (oid === EXTENSION_OID.keyUsage) {
      const bits = decode(extension);
      if (!(bits instanceof asn1js.BitString)) throw fail(oid, 'expected a BIT STRING');
      keyUsage = keyUsageFromBits(bits.valueBlock.valueHexView);
    } else if (oid === EXTENSION_OID.basicConstraints) {
      for (const item of sequenceItems(decode(extension), oid)) {
        if (item instanceof asn1js.Boolean) isCa = item.valueBlock.value;
        else if (item instanceof asn1js.Integer && item.valueBlock.valueDec >= 0) {
          pathLength = item.valueBlock.valueDec;
        } else throw fail(oid, 'unexpected element');
      }
    } else if (oid === EXTENSION_OID.extendedKeyUsage) {
      extendedKeyUsage = sequenceItems(decode(extension), oid).map((item) => oidOf(item, oid));
    } else if (oid === EXTENSION_OID.certificatePolicies) {
      policies = sequenceItems(decode(extension), oid).map((info) => oidOf(sequenceItems(info, oid)[0], oid));
    }
  }
  return { keyUsage, isCa, pathLength, extendedKeyUsage, policies, critical };
}
