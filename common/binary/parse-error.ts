/**
 * Malformed input from a card, a file or the network. Thrown by every parser in `common/`
 * instead of a sentinel value (style rule 7). The message names the structure and the offset,
 * never the content: parsed data can be personal (identity files, national numbers).
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** What was being parsed, e.g. `identity file` or `GET CARD DATA response`. */
  readonly structure: string;
  /** Byte offset in the input where the problem was found. */
  readonly offset: number;

  constructor(structure: string, offset: number, problem: string) {
    super(`${structure}: ${problem} at offset ${offset}`);
    this.structure = structure;
    this.offset = offset;
  }
}

/**
 * Non-canonical input that was accepted anyway (style rule 7, after asn1js' warnings): the
 * parser goes on, and callers can show or count these. Never contains field values.
 */
export interface ParseWarning {
  readonly offset: number;
  readonly message: string;
}
