import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isForeignerCard, isKidsCard } from '../../../../common/eid/document-type.ts';
import { parseIdentityFile } from '../../../../common/eid/identity-file.ts';
import type { Identity } from '../../../../common/eid/identity.ts';
import { parseNationalNumber } from '../../../../common/eid/national-number.ts';
import { buildIdentityFile } from '../../../virtual-card/card-data/identity-file.ts';
import type { CardProfile } from '../../../virtual-card/card-data/profiles.ts';
import { CARD_IDS, cardImage, FID, idFile } from './fixtures.ts';

/** Expected document kinds of the virtual card profiles (§4.4). */
const KIND: Readonly<Record<string, string>> = { '01': 'belgian-citizen', '06': 'kids', '31': 'eu-card' };

/** `DD.MM.YYYY` split by hand, as the expected value of a card date. */
function expectedDate(raw: string): { year: number; month: number; day: number; raw: string } {
  const [day, month, year] = raw.split('.').map(Number);
  return { year: year!, month: month!, day: day!, raw };
}

const digest = (algorithm: string, data: Uint8Array): Uint8Array =>
  new Uint8Array(createHash(algorithm).update(data).digest());

describe.each(CARD_IDS)('parseIdentityFile on the virtual card %s', (id) => {
  const parse = () => parseIdentityFile(idFile(id, FID.IDENTITY));

  it('reads the file without warnings', () => {
    expect(parse().warnings).toEqual([]);
  });

  it('reads the holder as the profile describes it', () => {
    const { holder } = cardImage(id).profile;

    const { identity } = parse();

    expect(identity.surname).toBe(holder.surname);
    expect(identity.firstNames).toBe(holder.firstNames);
    expect(identity.firstNamesTrimmed).toBe(holder.firstNames.trim());
    expect(identity.thirdInitial).toBe(holder.thirdInitial);
    expect(identity.nationality).toBe(holder.nationality);
    expect(identity.birthPlace).toBe(holder.birthPlace);
    expect(identity.birthDate).toEqual({ ...holder.birth, raw: holder.birthDate });
    expect(identity.genderCode).toBe(holder.gender);
    expect(identity.gender).toBe(holder.gender === 'M' ? 'male' : 'female');
    expect(identity.nobility).toBe(holder.nobility);
  });

  it('reads the card data as the profile describes it', () => {
    const { card } = cardImage(id).profile;

    const { identity } = parse();

    expect(identity.fileStructureVersion).toBeUndefined();
    expect(identity.cardNumber).toBe(card.cardNumber);
    expect(identity.validityBegin).toEqual(expectedDate(card.validFrom));
    expect(identity.validityEnd).toEqual(expectedDate(card.validUntil));
    expect(identity.issuingMunicipality).toBe(card.issuingMunicipality);
    expect(identity.documentType).toEqual({ code: Number(card.documentType), kind: KIND[card.documentType] });
    expect(identity.specialStatus.code).toBe(Number(card.specialStatus));
    expect(identity.specialStatus.whiteCane).toBe(card.specialStatus === '1');
  });

  it('reads the chip number, national number, photo hash and basic key hash of the image', () => {
    const image = cardImage(id);
    const is18 = image.personality.id === '1.8';

    const { identity } = parse();

    expect(identity.chipNumber).toEqual(image.serial);
    expect(identity.nationalNumber).toBe(image.nationalNumber);
    expect(identity.photoHash).toEqual({
      algorithm: is18 ? 'SHA-384' : 'SHA-256',
      bytes: digest(is18 ? 'sha384' : 'sha256', idFile(id, FID.PHOTO)),
    });
    expect(identity.basicKeyHash).toEqual(
      is18 ? digest('sha384', idFile(id, FID.BASIC_PUBLIC_KEY)) : undefined,
    );
  });

  it('has a national number that agrees with the birth date and sex', () => {
    const { identity } = parse();

    const result = parseNationalNumber(identity.nationalNumber);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { year, month, day } = identity.birthDate;
    expect(result.value.birthDate).toEqual({ year, month, day });
    expect(result.value.sex).toBe(identity.gender);
  });

  it('reads the foreigner tags 12–1F that the profile has, and no others', () => {
    const extra = new Map(cardImage(id).profile.card.extraTags);

    const { identity } = parse();

    expect(identity.workPermitMention).toEqual(
      extra.has(0x16) ? { code: '7', kind: 'unlimited' } : undefined,
    );
    expect(identity.euStartDate).toEqual(extra.has(0x1f) ? expectedDate(extra.get(0x1f)!) : undefined);
    for (const key of [
      'duplicate',
      'specialOrganisation',
      'protection',
      'employerVat1',
      'employerVat2',
      'regionalFileNumber',
      'brexitMention1',
      'brexitMention2',
      'cardAMention1',
      'cardAMention2',
    ] as const)
      expect(identity[key], key).toBeUndefined();
    expect(identity.memberOfFamily).toBe(false);
  });

  it('classifies the card by its document type', () => {
    const { name } = cardImage(id).profile;

    const { identity } = parse();

    expect(isKidsCard(identity.documentType)).toBe(name === 'kids');
    expect(isForeignerCard(identity.documentType)).toBe(name === 'foreigner');
  });

  it('re-encodes byte for byte with the virtual card encoder (round trip)', () => {
    const { identity } = parse();

    const rebuilt = buildIdentityFile(profileOf(identity, cardImage(id).profile), {
      chipNumber: identity.chipNumber,
      nationalNumber: identity.nationalNumber,
      photoHash: identity.photoHash.bytes,
      basicKeyHash: identity.basicKeyHash,
    });

    expect(rebuilt).toEqual(idFile(id, FID.IDENTITY));
  });
});

/** A profile holding only what was parsed (the base supplies fields the file does not carry). */
function profileOf(identity: Identity, base: CardProfile): CardProfile {
  const extraTags: [number, string][] = [];
  if (identity.workPermitMention) extraTags.push([0x16, identity.workPermitMention.code]);
  if (identity.euStartDate) extraTags.push([0x1f, identity.euStartDate.raw]);
  return {
    ...base,
    holder: {
      ...base.holder,
      surname: identity.surname,
      firstNames: identity.firstNames,
      thirdInitial: identity.thirdInitial,
      nationality: identity.nationality,
      birthPlace: identity.birthPlace,
      birthDate: identity.birthDate.raw,
      gender: identity.genderCode as CardProfile['holder']['gender'],
      nobility: identity.nobility,
    },
    card: {
      cardNumber: identity.cardNumber,
      documentType: String(identity.documentType.code).padStart(2, '0'),
      issuingMunicipality: identity.issuingMunicipality,
      validFrom: identity.validityBegin.raw,
      validUntil: identity.validityEnd.raw,
      specialStatus: String(identity.specialStatus.code),
      extraTags,
    },
  };
}
