import type { CardChannel } from './card-channel.ts';
import type { AppletProfile } from './applet-profiles.ts';
import type { CardFileName } from './card-files.ts';
import { identifyCard, readPinStatus, type CardIdentification } from './identify-card.ts';
import { authenticateChip } from './internal-authenticate.ts';
import { readCardFile } from './read-card-file.ts';
import { FileSelector } from './select.ts';
import { signWithUserKey, type SignRequest } from './sign.ts';
import { verifyPin, type PinEntry, type PinStatus } from './verify-pin.ts';

/** Files read in one call, by name; absent (zero-filled) files are left out. */
export type CardFiles = Partial<Record<CardFileName, Uint8Array>>;

/**
 * A Belgian eID card over any {@link CardChannel} (architecture.md "Card layer shape"): the
 * public methods validate and keep multi-APDU sequences exclusive; the card work is in the
 * small modules they call. Applet differences come from `applet` (a data table), not from
 * branches here.
 */
export class BelpicCard {
  readonly channel: CardChannel;
  readonly identification: CardIdentification;
  readonly #selector: FileSelector;

  private constructor(channel: CardChannel, identification: CardIdentification) {
    this.channel = channel;
    this.identification = identification;
    this.#selector = new FileSelector(channel);
  }

  /** Identifies the card in `channel`; rejects with `not-belgian-eid` for anything else. */
  static async open(channel: CardChannel): Promise<BelpicCard> {
    const identification = await BelpicCard.#exclusive(channel, () => identifyCard(channel));
    return new BelpicCard(channel, identification);
  }

  get applet(): AppletProfile {
    return this.identification.applet;
  }

  /** PIN state now, without spending a try. */
  pinStatus(): Promise<PinStatus> {
    return BelpicCard.#exclusive(this.channel, () => readPinStatus(this.channel, this.applet));
  }

  /** Reads exactly the files asked for, in the order given, in one exclusive section. */
  readFiles(names: readonly CardFileName[]): Promise<CardFiles> {
    return BelpicCard.#exclusive(this.channel, async () => {
      const files: CardFiles = {};
      for (const name of new Set(names)) {
        const bytes = await readCardFile(this.channel, this.#selector, this.applet, name);
        if (bytes) files[name] = bytes;
      }
      return files;
    });
  }

  /** Verifies the PIN once (never retried); digits are zero-filled whatever happens. */
  verifyPin(entry: PinEntry): Promise<void> {
    return BelpicCard.#exclusive(this.channel, () => verifyPin(this.channel, entry));
  }

  /** Signs a digest with the authentication or non-repudiation key (see `signWithUserKey`). */
  sign(request: SignRequest): Promise<Uint8Array> {
    return signWithUserKey(this.channel, this.applet, request);
  }

  /** INTERNAL AUTHENTICATE with the basic key (1.8): raw r‖s over the 48-byte challenge. */
  authenticateChip(challenge: Uint8Array): Promise<Uint8Array> {
    return BelpicCard.#exclusive(this.channel, () => authenticateChip(this.channel, this.applet, challenge));
  }

  static #exclusive<T>(channel: CardChannel, work: () => Promise<T>): Promise<T> {
    return channel.exclusive ? channel.exclusive(work) : work();
  }
}
