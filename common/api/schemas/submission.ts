import { Type, type Static } from 'typebox';
import { Base64Schema, IdSchema } from './primitives.ts';

/**
 * The body of `POST /sessions/:id/application` (registration-flow.md "submit the
 * application"; pki-and-signing.md §6.3): the exact signed canonical JSON of the application
 * with its detached CAdES-BES signature, the card files with their RRN signatures, and the
 * certificates to check them. Binary values are standard base64; certificates and the CMS are
 * DER without the card files' zero padding.
 */

/** Card files as read from the card (identity 4031, its signature 4032, …). */
export const CardFilesSchema = Type.Object(
  {
    identity: Base64Schema(2_048, 'Identity file (DF01/4031), trimmed.'),
    identitySignature: Base64Schema(1_024, 'RRN signature of the identity file (4032).'),
    address: Base64Schema(1_024, 'Address file (4033), trimmed.'),
    addressSignature: Base64Schema(1_024, 'RRN signature of the address file and identity signature (4034).'),
    photo: Type.Optional(Base64Schema(16_384, 'Photo (4035), JPEG.')),
    rrnCertificate: Base64Schema(4_096, 'RRN certificate (503C), DER.'),
  },
  { additionalProperties: false },
);

/** How the account holder can be reached. */
export const ContactSchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' }),
    phone: Type.Optional(
      Type.String({
        minLength: 6,
        maxLength: 32,
        pattern: '^\\+?[0-9][0-9 ./()-]*[0-9]$',
        description: 'Belgian or international format.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The submission. */
export const SubmitApplicationRequestSchema = Type.Object(
  {
    application: Base64Schema(65_536, 'The exact canonical JSON (RFC 8785) bytes that were signed.'),
    signature: Base64Schema(16_384, 'Detached CAdES-BES SignedData over `application`, DER.'),
    files: CardFilesSchema,
    signingCertificate: Base64Schema(4_096, 'The non-repudiation (signing) certificate, DER.'),
    caCertificate: Base64Schema(4_096, 'The Citizen/Foreigner CA that issued it, DER.'),
    contact: ContactSchema,
  },
  { additionalProperties: false },
);
export type SubmitApplicationRequest = Static<typeof SubmitApplicationRequestSchema>;

/** The answer to an accepted submission: 201 the first time, 200 with the same ids after. */
export const SubmitApplicationResponseSchema = Type.Object(
  {
    applicationId: IdSchema,
    enrolmentId: IdSchema,
    status: Type.Literal('accepted'),
  },
  { additionalProperties: false, description: 'The application was accepted and stored.' },
);
export type SubmitApplicationResponse = Static<typeof SubmitApplicationResponseSchema>;
