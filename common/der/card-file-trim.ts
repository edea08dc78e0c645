import { ParseError } from '../binary/parse-error.ts';
import { DER_TAG, readDerHeader, type DerHeader } from './der-header.ts';

/**
 * The header of the DER SEQUENCE at the start of a zero-padded card file
 * (belpic-protocol.md §3.2): it ends at `header + content length`; the rest must be `00`.
 */
function paddedElement(file: Uint8Array, structure: string): DerHeader {
  const header = readDerHeader(file, 0, structure);
  if (header.tag !== DER_TAG.sequence) {
    throw new ParseError(structure, 0, `expected a DER SEQUENCE (30), found ${hexByte(header.tag)}`);
  }
  for (let i = header.end; i < file.length; i++) {
    if (file[i] !== 0)
      throw new ParseError(structure, i, 'non-zero byte in the padding after the DER object');
  }
  return header;
}

function hexByte(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * The DER certificate in a certificate file `3F00/DF00/5038`…`503C` (belpic-protocol.md §2.1,
 * §3.2), or `undefined` when the certificate is absent.
 *
 * ```
 * present: 30 82 LL LL <LLLL bytes of certificate>  00 × padding (50 on 1.7, 1100 on 1.8, or none)
 * absent:  00 × file size (1300 on 1.7, 2500 on 1.8), or an empty file
 * ```
 *
 * §3.2: "An all-zero first block (… first byte `00`) means no certificate", so a file whose
 * first byte is `00` is absent. Any other first byte must start a DER SEQUENCE that fits in
 * the file and is followed only by zero bytes; the returned view shares the file's buffer.
 */
export function trimCertificateFile(file: Uint8Array): Uint8Array | undefined {
  if (file.length === 0 || file[0] === 0) return undefined;
  const header = paddedElement(file, 'certificate file');
  if (header.contentLength === 0) throw new ParseError('certificate file', 0, 'empty certificate SEQUENCE');
  return file.subarray(0, header.end);
}

/**
 * The DER `ECDSA-Sig-Value` in an EC RRN signature file `4032`/`4034`
 * (belpic-protocol.md §3.2, §5.2, §5.3):
 *
 * ```
 * 30 LL 02 Lr <r> 02 Ls <s>  00 × padding up to the fixed file size (256 B seen)
 * ```
 *
 * `total = b[1] + 2`, or the long form when `b[1] & 0x80`; the padding must be zero. Only the
 * framing is checked here, see {@link ecdsaDerToRaw} for the content.
 */
export function trimDerSignatureFile(file: Uint8Array): Uint8Array {
  return file.subarray(0, paddedElement(file, 'EC signature file').end);
}
