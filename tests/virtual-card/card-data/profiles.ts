import { cardNumber, nationalNumber } from './national-number.ts';

/**
 * The people and situations the virtual card can portray. Each profile is combined with an
 * applet generation (`citizen-1.7`, `kids-1.8`, …). Identity data deliberately exercises the
 * optional and tricky tags of belpic-protocol.md §4.2: several first names, accents, third
 * initial, noble condition, special status, foreigner mentions, month tokens in three
 * languages with the real cards' double space.
 */
export interface CardProfile {
  readonly name: string;
  readonly description: string;
  readonly holder: {
    readonly surname: string;
    readonly firstNames: string;
    readonly thirdInitial: string;
    readonly nationality: string;
    readonly birthPlace: string;
    /** Tag 0C exactly as on the card (§4.3). */
    readonly birthDate: string;
    readonly birth: { readonly year: number; readonly month: number; readonly day: number };
    /** M, or F/V/W for women depending on the card's language (§4.2 tag 0D). */
    readonly gender: 'M' | 'F' | 'V' | 'W';
    readonly nobility: string;
    readonly sequence: number;
  };
  readonly card: {
    readonly cardNumber: string;
    readonly documentType: string;
    readonly issuingMunicipality: string;
    readonly validFrom: string;
    readonly validUntil: string;
    readonly specialStatus: string;
    /** Foreigner and special-card tags 12–1F, in tag order. */
    readonly extraTags: readonly (readonly [number, string])[];
  };
  readonly address: { readonly street: string; readonly zip: string; readonly municipality: string };
  readonly issuer: 'citizen' | 'foreigner';
  readonly withSigningCertificate: boolean;
  readonly pinTriesLeft: number;
}

const citizen: CardProfile = {
  name: 'citizen',
  description: 'Belgian citizen, every optional tag: three first names, noble condition, special status',
  holder: {
    surname: 'Van den Broeck-Lefèvre',
    firstNames: 'Émilie Anne-Sophie',
    thirdInitial: 'M',
    nationality: 'Belg',
    birthPlace: 'Sint-Niklaas',
    birthDate: '14 JUL  1985',
    birth: { year: 1985, month: 7, day: 14 },
    gender: 'V',
    nobility: 'Jonkvrouw',
    sequence: 122,
  },
  card: {
    cardNumber: cardNumber('5921234567'),
    documentType: '01',
    issuingMunicipality: 'Leuven',
    validFrom: '01.03.2024',
    validUntil: '01.03.2034',
    specialStatus: '1',
    extraTags: [],
  },
  address: { street: 'Bondgenotenlaan 12 bus 3', zip: '3000', municipality: 'Leuven' },
  issuer: 'citizen',
  withSigningCertificate: true,
  pinTriesLeft: 3,
};

const foreigner: CardProfile = {
  name: 'foreigner',
  description: 'EU citizen with a residence card (document type 31, EU card), German birth date form',
  holder: {
    surname: 'Müller',
    firstNames: 'Jürgen Łukasz',
    thirdInitial: '',
    nationality: 'Duitse',
    birthPlace: 'München',
    birthDate: '23.SEP.1982',
    birth: { year: 1982, month: 9, day: 23 },
    gender: 'M',
    nobility: '',
    sequence: 345,
  },
  card: {
    cardNumber: 'B012345671',
    documentType: '31',
    issuingMunicipality: 'Antwerpen',
    validFrom: '15.06.2023',
    validUntil: '15.06.2033',
    specialStatus: '0',
    extraTags: [
      [0x16, '7'],
      [0x1f, '12.05.2021'],
    ],
  },
  address: { street: 'Meir 44A', zip: '2000', municipality: 'Antwerpen' },
  issuer: 'foreigner',
  withSigningCertificate: true,
  pinTriesLeft: 3,
};

const kids: CardProfile = {
  name: 'kids',
  description: 'Kids-ID (document type 06): authentication certificate only, no signing key',
  holder: {
    surname: 'Dubois',
    firstNames: 'Léa Chloé',
    thirdInitial: '',
    nationality: 'Belge',
    birthPlace: 'Namur',
    birthDate: '03 MAI  2017',
    birth: { year: 2017, month: 5, day: 3 },
    gender: 'F',
    nobility: '',
    sequence: 58,
  },
  card: {
    ...citizen.card,
    cardNumber: cardNumber('6000123456'),
    documentType: '06',
    issuingMunicipality: 'Namur',
    specialStatus: '0',
  },
  address: { street: 'Rue de Fer 25', zip: '5000', municipality: 'Namur' },
  issuer: 'citizen',
  withSigningCertificate: false,
  pinTriesLeft: 3,
};

const adult = (
  name: string,
  description: string,
  change: Partial<CardProfile>,
  card: Partial<CardProfile['card']> = {},
): CardProfile => ({
  ...citizen,
  name,
  description,
  holder: {
    ...citizen.holder,
    surname: 'Peeters',
    firstNames: 'Jan',
    thirdInitial: '',
    nobility: '',
    gender: 'M',
    sequence: 123,
  },
  card: { ...citizen.card, specialStatus: '0', ...card },
  ...change,
});

/** Every profile by name. */
export const PROFILES: ReadonlyMap<string, CardProfile> = new Map(
  [
    citizen,
    foreigner,
    kids,
    adult(
      'expired',
      'Citizen whose card (and certificates) expired in 2024',
      {},
      { validFrom: '15.01.2014', validUntil: '15.01.2024', cardNumber: cardNumber('5910000017') },
    ),
    adult('pin-1-try', 'Citizen with one PIN try left', { pinTriesLeft: 1 }),
    adult('pin-blocked', 'Citizen whose PIN is blocked (0 tries)', { pinTriesLeft: 0 }),
    adult(
      'no-signing-cert',
      'Adult citizen whose signing certificate is absent (zero-filled file, key not activated)',
      { withSigningCertificate: false },
    ),
  ].map((p) => [p.name, p]),
);

/** The national register number of a profile's holder. */
export function profileNationalNumber(profile: CardProfile): string {
  return nationalNumber(profile.holder.birth, profile.holder.sequence);
}
