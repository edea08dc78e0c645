import type { CardChannel } from './card-channel.ts';
import { commandWithData } from './apdu/command-apdu.ts';
import { exchange } from './apdu/exchange.ts';
import { interpretStatusWord, statusError } from './status-words.ts';

/** Instance AID of the BELPIC applet (belpic-protocol.md §1.3), default-selected after reset. */
export const BELPIC_APPLET_AID = Uint8Array.of(
  0xa0,
  0x00,
  0x00,
  0x00,
  0x30,
  0x29,
  0x05,
  0x70,
  0x00,
  0xad,
  0x13,
  0x10,
  0x01,
  0x01,
  0xff,
);

/** SELECT by AID, P2 0C (no FCI): `00 A4 04 0C 0F <AID>` (RM17 §6.3, RM18 §6.6; §1.3). */
export function selectAppletCommand(): Uint8Array {
  return commandWithData({ cla: 0x00, ins: 0xa4, p1: 0x04, p2: 0x0c }, BELPIC_APPLET_AID);
}

/**
 * SELECT by absolute path with the leading 3F00, P1 08, P2 0C: `00 A4 08 0C 06 3F 00 DF xx
 * FF FF` — the form of the minidriver, commons-eid and OpenSC, one APDU per file (§2.2).
 */
export function selectPathCommand(path: readonly number[]): Uint8Array {
  const data = new Uint8Array(2 + 2 * path.length);
  data.set([0x3f, 0x00]);
  path.forEach((fid, i) => data.set([fid >> 8, fid & 0xff], 2 + 2 * i));
  return commandWithData({ cla: 0x00, ins: 0xa4, p1: 0x08, p2: 0x0c }, data);
}

/**
 * Selects files, re-selecting the applet when another application took the basic channel
 * (§1.3, §12.1 step 7, after eid-mw's TRY_SELECT_APPLET / ALW_SELECT_APPLET): on 6A82, 6A86
 * or 6D00 the applet is selected once and the file again; from then on the applet is
 * selected before every file.
 */
export class FileSelector {
  readonly #channel: CardChannel;
  #alwaysSelectApplet = false;

  constructor(channel: CardChannel) {
    this.#channel = channel;
  }

  /** Selects the EF at `path`; throws a typed error when it does not exist. */
  async select(path: readonly number[], name: string): Promise<void> {
    if (this.#alwaysSelectApplet) await this.selectApplet();
    const first = await exchange(this.#channel, selectPathCommand(path), `SELECT ${name}`);
    const outcome = interpretStatusWord(first.sw);
    if (outcome.kind === 'ok') return;
    if (
      this.#alwaysSelectApplet ||
      (outcome.kind !== 'file-not-found' && outcome.kind !== 'applet-not-selected')
    ) {
      throw statusError(first.sw, `SELECT ${name}`);
    }
    await this.selectApplet();
    const second = await exchange(this.#channel, selectPathCommand(path), `SELECT ${name}`);
    if (second.sw !== 0x9000) throw statusError(second.sw, `SELECT ${name}`);
    this.#alwaysSelectApplet = true;
  }

  /** Selects the BELPIC applet by AID. */
  async selectApplet(): Promise<void> {
    const response = await exchange(this.#channel, selectAppletCommand(), 'SELECT applet');
    if (response.sw !== 0x9000) throw statusError(response.sw, 'SELECT applet');
  }
}
