import type { Identity } from '../../../common/eid/index.ts';
import { formatCardNumber, formatNationalNumber } from '../../../common/eid/index.ts';
import type { HolderView } from '../../../common/flow/holder-view.ts';

const isoDate = ({ year, month, day }: { year: number; month: number; day: number }): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * What the confirmation screen shows (registration-flow.md step 5): the names as on the card,
 * the national register number and card number in their printed forms, nationality, validity
 * and the photo. The photo is a copy, so that wiping the card's files does not blank a view the
 * renderer still holds, and wiping the view does not touch the files.
 */
export function holderView(identity: Identity, photo: Uint8Array | undefined): HolderView {
  return {
    firstNames: [identity.firstNamesTrimmed, identity.thirdInitial].filter((s) => s !== '').join(' '),
    surname: identity.surname,
    nationalNumber: formatNationalNumber(identity.nationalNumber),
    cardNumber: formatCardNumber(identity.cardNumber),
    nationality: identity.nationality,
    validFrom: isoDate(identity.validityBegin),
    validUntil: isoDate(identity.validityEnd),
    ...(photo === undefined ? {} : { photo: photo.slice() }),
  };
}
