import type { ParseWarning } from '../binary/parse-error.ts';
import { decodeUtf8 } from '../binary/utf8.ts';
import type { FieldOrigin } from './field-origin.ts';
import { fieldError } from './field-origin.ts';
import { parseTlvFile, tagLabel, type TlvRecord } from './tlv-file.ts';

/**
 * The records of one identity or address file by tag, for the file parsers: text values
 * are decoded as strict UTF-8 (ASCII fields are a subset), absent mandatory records throw a
 * {@link ParseError}, and every warning (TLV, UTF-8, unknown tags) is collected in
 * {@link TlvFields.warnings} with its file offset. The first of duplicate records is used.
 */
export class TlvFields {
  readonly structure: string;
  readonly structureVersion: Uint8Array | undefined;
  readonly warnings: ParseWarning[];
  readonly #records = new Map<number, TlvRecord>();
  readonly #end: number;

  /** Parses `bytes` (§4.1) and warns about each tag not in `knownTags`, which is skipped. */
  constructor(bytes: Uint8Array, structure: string, knownTags: ReadonlySet<number>) {
    const file = parseTlvFile(bytes, structure);
    this.structure = structure;
    this.structureVersion = file.structureVersion;
    this.warnings = [...file.warnings];
    this.#end = file.end;
    for (const record of file.records) {
      if (!knownTags.has(record.tag)) {
        this.warnings.push({ offset: record.offset, message: `unknown ${tagLabel(record.tag)} skipped` });
      } else if (!this.#records.has(record.tag)) this.#records.set(record.tag, record);
    }
  }

  /** The file structure version (tag `00`) as a big-endian number, when the file has one. */
  fileStructureVersion(): number | undefined {
    return this.structureVersion?.reduce((n, byte) => n * 256 + byte, 0);
  }

  /** Whether the file has a record with this tag (of any length, 0 included). */
  has(tag: number): boolean {
    return this.#records.has(tag);
  }

  /** Where the value of `tag` starts (or the end of the records, when absent), for errors. */
  origin(tag: number): FieldOrigin {
    return {
      structure: `${this.structure} ${tagLabel(tag)}`,
      offset: this.#records.get(tag)?.valueOffset ?? this.#end,
    };
  }

  /** The raw value of `tag`, or `undefined` when the record is absent. */
  bytes(tag: number): Uint8Array | undefined {
    return this.#records.get(tag)?.value;
  }

  /** The raw value of a mandatory record. */
  requiredBytes(tag: number): Uint8Array {
    const value = this.bytes(tag);
    if (value === undefined) throw fieldError(this.origin(tag), 'mandatory record missing');
    return value;
  }

  /** Throws a {@link ParseError} for the first (lowest) of `tags` that has no record. */
  requireAll(tags: readonly number[]): void {
    for (const tag of [...tags].sort((a, b) => a - b)) this.requiredBytes(tag);
  }

  /** The value of `tag` as UTF-8 text, or `undefined` when absent. */
  text(tag: number): string | undefined {
    const record = this.#records.get(tag);
    if (record === undefined) return undefined;
    const decoded = decodeUtf8(record.value, record.valueOffset);
    this.warnings.push(...decoded.warnings);
    return decoded.text;
  }

  /** The value of a mandatory record as UTF-8 text. */
  requiredText(tag: number): string {
    this.requiredBytes(tag);
    return this.text(tag) as string;
  }
}
