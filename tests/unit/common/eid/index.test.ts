import { describe, expect, it } from 'vitest';
import * as eid from '../../../../common/eid/index.ts';
import { VirtualCard } from '../../../virtual-card/index.ts';
import { cardImage, FID, hex, idFile } from './fixtures.ts';

describe('common/eid public API (index.ts)', () => {
  it('reads a whole virtual citizen card through the index exports', async () => {
    const card = new VirtualCard(cardImage('citizen-1.8'));
    const response = await card.transmit(hex('80 E4 00 01 1F'));

    const cardData = eid.parseCardData(response.subarray(0, -2));
    const { identity } = eid.parseIdentityFile(idFile('citizen-1.8', FID.IDENTITY));
    const { address } = eid.parseAddressFile(idFile('citizen-1.8', FID.ADDRESS));
    const nationalNumber = eid.parseNationalNumber(identity.nationalNumber);

    expect(cardData.serial).toEqual(identity.chipNumber);
    expect(eid.formatCardNumber(identity.cardNumber)).toMatch(/^592-1234567-\d{2}$/);
    expect(eid.formatNationalNumber(identity.nationalNumber)).toMatch(/^85\.07\.14-122\.\d{2}$/);
    expect(nationalNumber.ok && nationalNumber.value.sex).toBe('female');
    expect(eid.isKidsCard(identity.documentType)).toBe(false);
    expect(address.zip).toBe('3000');
  });

  it('exports the spec tables', () => {
    expect(eid.IDENTITY_TAG.BASIC_KEY_HASH).toBe(0x1a);
    expect(eid.ADDRESS_TAG.MUNICIPALITY).toBe(0x03);
    expect(eid.DOCUMENT_KINDS[6]).toBe('kids');
    expect(eid.BIRTH_DATE_MONTHS.de[2]).toBe('M\u00c4R');
    expect(eid.CARD_DATA_LENGTH).toEqual({ BASIC: 28, WITH_PIN_TRIES: 31 });
    expect(eid.IDENTITY_RECORD_TAGS.size).toBe(0x1f);
  });
});
