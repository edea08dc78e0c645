import type { CardChannel } from './card-channel.ts';
import type { AppletProfile } from './applet-profiles.ts';
import { BelpicError } from './belpic-error.ts';
import { CARD_FILES, type CardFileName } from './card-files.ts';
import { readDerObject, readToEnd } from './read-binary.ts';
import type { FileSelector } from './select.ts';

/**
 * Selects and reads one file by its {@link CARD_FILES} rule. Resolves undefined when the file
 * is zero-filled (absent certificate). A file the applet does not have (4040 before 1.8) is
 * `not-supported-by-applet`; a missing file is `file-not-found`.
 */
export async function readCardFile(
  channel: CardChannel,
  selector: FileSelector,
  applet: AppletProfile,
  name: CardFileName,
): Promise<Uint8Array | undefined> {
  const file = CARD_FILES[name];
  if (file.needsBasicKey && !applet.basicKey) {
    throw new BelpicError('not-supported-by-applet', { operation: name });
  }
  await selector.select(file.path, name);
  switch (file.rule) {
    case 'der-length':
      return readDerObject(channel, name);
    case 'whole-file':
      return readToEnd(channel, name);
    case 'tlv-trailing-zeros':
      return stripTrailingZeros(await readToEnd(channel, name));
  }
}

/** The bytes before trailing 00 padding (§3.2 "TLV files: strip trailing 00 bytes", §5.1). */
export function stripTrailingZeros(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}
