import { Type, type Static } from 'typebox';
import { BytesSchema } from '../ipc/bytes-schema.ts';

/**
 * What the confirmation screen shows of the card holder (registration-flow.md step 5), already
 * formatted where the format is Belgian (national number `85.07.30-033.28`, card number
 * `592-1234567-89`); dates as ISO `YYYY-MM-DD` for the renderer to format with Intl in the
 * active language. Crosses the IPC boundary only while the confirmation is on screen.
 */
export const HolderViewSchema = Type.Object(
  {
    firstNames: Type.String({ maxLength: 200 }),
    surname: Type.String({ maxLength: 200 }),
    nationalNumber: Type.String({ maxLength: 20 }),
    cardNumber: Type.String({ maxLength: 20 }),
    nationality: Type.String({ maxLength: 100 }),
    validFrom: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    validUntil: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    /** The card's JPEG photo, for the person to recognise themselves. */
    photo: Type.Optional(BytesSchema({ maxLength: 65_536, description: 'JPEG' })),
  },
  { additionalProperties: false },
);
export type HolderView = Static<typeof HolderViewSchema>;

/** The contact data as it will be signed. */
export const ContactViewSchema = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    phone: Type.Optional(Type.String({ maxLength: 16 })),
  },
  { additionalProperties: false },
);
export type ContactView = Static<typeof ContactViewSchema>;
