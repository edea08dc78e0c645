import type { RelativeDistinguishedNames } from 'pkijs';

/** X.520 attribute type OIDs of Belgian eID names (pki-and-signing.md §3.2, §3.4, §3.6). */
export const NAME_ATTRIBUTE_OID = {
  /** `C`: always `BE` on eID certificates. */
  country: '2.5.4.6',
  /** `CN`: `<first given name> <surname> (Authentication|Signature)`, `Citizen CA`, `RRN`, … */
  commonName: '2.5.4.3',
  /** `SN`: surname of the card holder. */
  surname: '2.5.4.4',
  /** `GN`: given names of the card holder. */
  givenName: '2.5.4.42',
  /** `serialNumber`: the national number (user certificates) or the CA series `YYYYNN`. */
  serialNumber: '2.5.4.5',
  /** `O`: e.g. `RRN`, `Kingdom of Belgium - Federal Government`. */
  organization: '2.5.4.10',
  /** `OU`. */
  organizationalUnit: '2.5.4.11',
  /** `L`. */
  locality: '2.5.4.7',
} as const;

/** The attributes of a subject or issuer name that eID code looks at; absent ones are undefined. */
export interface DistinguishedName {
  readonly commonName: string | undefined;
  /** For user certificates: the 11-digit national number (pki-and-signing.md §2.2). */
  readonly serialNumber: string | undefined;
  readonly givenName: string | undefined;
  readonly surname: string | undefined;
  readonly country: string | undefined;
  readonly organization: string | undefined;
  /** Every attribute in encoding order as `[type OID, value]`, including repeated ones (OU). */
  readonly attributes: readonly (readonly [string, string])[];
}

/**
 * The string attributes of an X.501 `Name` (RFC 5280 §4.1.2.4) in encoding order. Values that
 * are not character strings are skipped. When a type repeats, the named fields take the first.
 */
export function readDistinguishedName(name: RelativeDistinguishedNames): DistinguishedName {
  const attributes: (readonly [string, string])[] = [];
  for (const { type, value } of name.typesAndValues) {
    const text = (value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
    if (typeof text === 'string') attributes.push([type, text]);
  }
  const first = (oid: string): string | undefined => attributes.find(([type]) => type === oid)?.[1];
  return {
    commonName: first(NAME_ATTRIBUTE_OID.commonName),
    serialNumber: first(NAME_ATTRIBUTE_OID.serialNumber),
    givenName: first(NAME_ATTRIBUTE_OID.givenName),
    surname: first(NAME_ATTRIBUTE_OID.surname),
    country: first(NAME_ATTRIBUTE_OID.country),
    organization: first(NAME_ATTRIBUTE_OID.organization),
    attributes,
  };
}
