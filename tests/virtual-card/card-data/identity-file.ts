import type { CardProfile } from './profiles.ts';
import { encodeTlvFile, type TlvRecord } from './tlv-file.ts';

/** What the identity file needs beyond the profile: values the card image computes. */
export interface IdentityBinding {
  readonly chipNumber: Uint8Array;
  readonly nationalNumber: string;
  readonly photoHash: Uint8Array;
  /** SHA-384 of EF(PuK#1 Basic) `4040`, 1.8 only (tag 1A). */
  readonly basicKeyHash: Uint8Array | undefined;
}

/**
 * EF(ID#RN) `3F00/DF01/4031` (belpic-protocol.md §4.2): tags 01–11 always, 12–1F for
 * foreigner/special cards, 1A on 1.8; no tag 00 (§4.1: never seen on real cards).
 */
export function buildIdentityFile(profile: CardProfile, binding: IdentityBinding): Uint8Array {
  const { holder, card } = profile;
  const records: TlvRecord[] = [
    [0x01, card.cardNumber],
    [0x02, binding.chipNumber],
    [0x03, card.validFrom],
    [0x04, card.validUntil],
    [0x05, card.issuingMunicipality],
    [0x06, binding.nationalNumber],
    [0x07, holder.surname],
    [0x08, holder.firstNames],
    [0x09, holder.thirdInitial],
    [0x0a, holder.nationality],
    [0x0b, holder.birthPlace],
    [0x0c, holder.birthDate],
    [0x0d, holder.gender],
    [0x0e, holder.nobility],
    [0x0f, card.documentType],
    [0x10, card.specialStatus],
    [0x11, binding.photoHash],
    ...card.extraTags,
  ];
  if (binding.basicKeyHash !== undefined) records.push([0x1a, binding.basicKeyHash]);
  records.sort((a, b) => a[0] - b[0]);
  return encodeTlvFile(records);
}

/** EF(ID#Address) `4033` (§4.5): street and number, postal code, municipality; zero padded by the caller. */
export function buildAddressFile(profile: CardProfile): Uint8Array {
  const { street, zip, municipality } = profile.address;
  return encodeTlvFile([
    [0x01, street],
    [0x02, zip],
    [0x03, municipality],
  ]);
}
