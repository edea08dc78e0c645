import type { ParseWarning } from '../binary/parse-error.ts';
import { TlvFields } from './tlv-fields.ts';

/** Tags of the address file `3F00/DF01/4033`, belpic-protocol.md §4.5 / [IDADR5] (encoding, max length). */
export const ADDRESS_TAG = {
  /** File structure version (binary, 2); only as first record (§4.1). */
  FILE_STRUCTURE_VERSION: 0x00,
  /** Street and number (UTF-8, 60). */
  STREET_AND_NUMBER: 0x01,
  /** Postal code (ASCII, 4; envisioned 6). */
  ZIP: 0x02,
  /** Municipality (UTF-8, 47). */
  MUNICIPALITY: 0x03,
} as const;

/** The holder's main residence as stored on the card. */
export interface Address {
  /** File structure version as a number, when the file starts with one (§4.1). */
  readonly fileStructureVersion: number | undefined;
  readonly streetAndNumber: string;
  readonly zip: string;
  readonly municipality: string;
}

/** An address and the non-canonical things found while reading it (no field values in them). */
export interface AddressFileResult {
  readonly address: Address;
  /** Warnings sorted by file offset. */
  readonly warnings: readonly ParseWarning[];
}

const ADDRESS_RECORD_TAGS: ReadonlySet<number> = new Set([
  ADDRESS_TAG.STREET_AND_NUMBER,
  ADDRESS_TAG.ZIP,
  ADDRESS_TAG.MUNICIPALITY,
]);

/**
 * Parses EF(ID#Address) `3F00/DF01/4033`, belpic-protocol.md §4.5: "Fixed-size file, zero
 * padded", e.g. `01 11 "Specimenstraat 12" 02 04 "1000" 03 07 "Brussel"` + 87 × `00`, in
 * the simplified TLV of §4.1. All three records are mandatory (a missing one throws a
 * {@link ParseError}); unknown tags and invalid UTF-8 are warnings.
 */
export function parseAddressFile(bytes: Uint8Array): AddressFileResult {
  const fields = new TlvFields(bytes, 'address file', ADDRESS_RECORD_TAGS);
  fields.requireAll([...ADDRESS_RECORD_TAGS]);
  const address: Address = {
    fileStructureVersion: fields.fileStructureVersion(),
    streetAndNumber: fields.requiredText(ADDRESS_TAG.STREET_AND_NUMBER),
    zip: fields.requiredText(ADDRESS_TAG.ZIP),
    municipality: fields.requiredText(ADDRESS_TAG.MUNICIPALITY),
  };
  return { address, warnings: fields.warnings.sort((a, b) => a.offset - b.offset) };
}
