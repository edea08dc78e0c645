import type { VirtualCard } from '../virtual-card.ts';

/**
 * The card-channel shape the card library uses (`transmit` APDUs, `control` reader codes),
 * served directly by a {@link VirtualCard} in the same process: no pcscd, no sockets. Unit
 * tests of the card library and of the flow run over it.
 */
export class InProcessCardChannel {
  readonly card: VirtualCard;

  constructor(card: VirtualCard) {
    this.card = card;
  }

  /** Answer-to-reset of the card in the (virtual) reader. */
  get atr(): Uint8Array {
    return this.card.atr;
  }

  /** Sends a command APDU; rejects with `VirtualCardRemovedError` when the card is out. */
  transmit(command: Uint8Array): Promise<Uint8Array> {
    return this.card.transmit(command);
  }

  /**
   * SCardControl: this virtual reader has no PC/SC part 10 features, so the feature request
   * (`CM_IOCTL_GET_FEATURE_REQUEST`) answers an empty TLV list, as a plain reader does.
   */
  async control(_code: number, _data: Uint8Array): Promise<Uint8Array> {
    return new Uint8Array(0);
  }
}
