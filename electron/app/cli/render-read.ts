import type { TFunction } from 'i18next';
import type { CardData } from '../card/read-card-data.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import type { BirthDate } from '../../../common/eid/birth-date.ts';
import type { CardDate } from '../../../common/eid/card-date.ts';
import { formatCardNumber } from '../../../common/eid/card-number.ts';
import { isForeignerCard, isKidsCard } from '../../../common/eid/document-type.ts';
import { formatNationalNumber } from '../../../common/eid/national-number.ts';
import { encodePem } from '../../../common/pki/pem.ts';
import { toHex } from '../../../common/binary/hex.ts';

/** A card date in the reader's language (Intl, UTC so no day shifts). */
function formatDate(language: Language, date: CardDate | BirthDate): string {
  if (date.month === undefined) return String(date.year);
  const options: Intl.DateTimeFormatOptions =
    date.day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(`${language}-BE`, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1)),
  );
}

function documentCategory(data: CardData): string {
  const type = data.identity.documentType;
  if (isKidsCard(type)) return 'kids';
  if (isForeignerCard(type)) return 'foreigner';
  return type.kind === 'belgian-citizen' ? 'citizen' : 'other';
}

/** The card's data as labelled terminal lines (printed on request only, never logged). */
export function renderReadText(t: TFunction, language: Language, data: CardData, withPem: boolean): string {
  const { identity, address } = data;
  const rows: [string, string][] = [
    ['surname', identity.surname],
    ['firstNames', [identity.firstNamesTrimmed, identity.thirdInitial].filter(Boolean).join(' ')],
    ['nationalNumber', formatNationalNumber(identity.nationalNumber)],
    ['birth', `${formatDate(language, identity.birthDate)}, ${identity.birthPlace}`],
    ['sex', t(`read.sex.${identity.gender}`)],
    ['nationality', identity.nationality],
    ['documentType', t(`read.documentType.${documentCategory(data)}`, { code: identity.documentType.code })],
    ['cardNumber', formatCardNumber(identity.cardNumber)],
    [
      'validity',
      `${formatDate(language, identity.validityBegin)} – ${formatDate(language, identity.validityEnd)}`,
    ],
    ['issuedBy', identity.issuingMunicipality],
    ['address', `${address.streetAndNumber}, ${address.zip} ${address.municipality}`],
    ['integrity', t(`read.integrity.${data.integrity.outcome}`)],
  ];
  if (identity.nobility) rows.splice(2, 0, ['nobility', identity.nobility]);
  const width = Math.max(...rows.map(([key]) => t(`read.label.${key}`).length));
  const lines = rows.map(([key, value]) => `${t(`read.label.${key}`).padEnd(width)}  ${value}`);
  for (const [name, certificate] of Object.entries(data.certificates)) {
    if (!certificate) continue;
    const until = formatDate(language, dateParts(certificate.notAfter));
    lines.push(
      `${t(`doctor.certificateName.${name}`)}: ${certificate.subject.commonName ?? ''} (${t('read.validUntil', { date: until })})`,
    );
    if (withPem) lines.push(encodePem(certificate.der).trimEnd());
  }
  return lines.join('\n');
}

function dateParts(date: Date): CardDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), raw: '' };
}

/** The card's data as JSON: raw values, hex for bytes, PEM for certificates. */
export function renderReadJson(data: CardData): string {
  const { identity } = data;
  return JSON.stringify(
    {
      identity: {
        ...identity,
        chipNumber: toHex(identity.chipNumber),
        photoHash: { algorithm: identity.photoHash.algorithm, hex: toHex(identity.photoHash.bytes) },
        basicKeyHash: identity.basicKeyHash && toHex(identity.basicKeyHash),
        nationalNumberFormatted: formatNationalNumber(identity.nationalNumber),
        cardNumberFormatted: formatCardNumber(identity.cardNumber),
      },
      address: data.address,
      certificates: Object.fromEntries(
        Object.entries(data.certificates).map(([name, c]) => [
          name,
          c && {
            subject: c.subject,
            issuer: c.issuer,
            notBefore: c.notBefore,
            notAfter: c.notAfter,
            sha256: c.sha256,
            pem: encodePem(c.der),
          },
        ]),
      ),
      integrity: data.integrity,
      warnings: data.warnings,
    },
    null,
    2,
  );
}
