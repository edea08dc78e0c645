import { parseAddressFile } from '../../../../common/eid/address-file.ts';
import { parseIdentityFile } from '../../../../common/eid/identity-file.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import type { Address } from '../../../../common/eid/address-file.ts';
import type { Identity } from '../../../../common/eid/identity.ts';
import type { SubmittedCardFiles } from '../../../../common/application/index.ts';

/** Parsed card data and the raw files of a virtual card, as the wizard has them. */
export interface CardData {
  readonly identity: Identity;
  readonly address: Address;
  readonly files: SubmittedCardFiles;
}

/** The identity, address and submitted files of the virtual card `id`. */
export function cardData(id: string, withPhoto = true): CardData {
  const image = buildCardImage(id);
  const file = (fid: number): Uint8Array => image.files.id.get(fid) as Uint8Array;
  const files: SubmittedCardFiles = {
    identity: file(0x4031),
    identitySignature: file(0x4032),
    address: file(0x4033),
    addressSignature: file(0x4034),
    rrnCertificate: image.pki.rrn.der,
    ...(withPhoto ? { photo: file(0x4035) } : {}),
  };
  return {
    identity: parseIdentityFile(files.identity).identity,
    address: parseAddressFile(files.address).address,
    files,
  };
}
