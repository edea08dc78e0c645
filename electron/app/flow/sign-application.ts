import type { SubmitApplicationRequest } from '../../../common/api/index.ts';
import {
  accountApplicationBytes,
  buildAccountApplication,
  hashCardFiles,
} from '../../../common/application/index.ts';
import type { ContactView } from '../../../common/flow/holder-view.ts';
import type { Language } from '../../../common/i18n/languages.ts';
import { encodeBase64 } from '../../../common/pki/base64.ts';
import { prepareCadesSignature } from '../../../common/pki/cms/index.ts';
import type { BelpicCard, PinEntry } from '../../../native/belpic/index.ts';
import type { RegistrationCard } from './registration-card.ts';

/** The signed application, kept in memory until the service acknowledges it. */
export interface SignedApplication {
  /** The exact canonical JSON bytes that were signed. */
  readonly content: Uint8Array;
  /** The detached CAdES-BES SignedData (DER). */
  readonly signature: Uint8Array;
  /** The request body, ready to send again after a network failure (no second PIN). */
  readonly request: SubmitApplicationRequest;
}

/**
 * Builds the account application (RFC 8785 canonical JSON, versioned schema) and signs it as
 * a detached CAdES-BES with the card's non-repudiation key (pki-and-signing.md §1): pkijs
 * prepares the signed attributes and their digest, the card signs that digest after the PIN
 * (which it requires just before every such signature, §6.3), and the card's signature is
 * placed in the SignedData (ECDSA r‖s converted to DER there).
 */
export async function signApplication(input: {
  readonly card: BelpicCard;
  readonly registrationCard: RegistrationCard;
  readonly sessionId: string;
  readonly enrolmentId: string;
  readonly contact: ContactView;
  readonly language: Language;
  readonly now: Date;
  readonly pin: PinEntry;
}): Promise<SignedApplication> {
  const { files, signing } = input.registrationCard;
  const submitted = {
    identity: files.identity,
    identitySignature: files.identitySignature,
    address: files.address,
    addressSignature: files.addressSignature,
    rrnCertificate: files.rrnCertificate,
    ...(files.photo === undefined ? {} : { photo: files.photo }),
  };
  const application = buildAccountApplication({
    identity: input.registrationCard.identity,
    address: input.registrationCard.address,
    sessionId: input.sessionId,
    enrolmentId: input.enrolmentId,
    contact: input.contact,
    cardFiles: await hashCardFiles(submitted),
    language: input.language,
    issuedAt: input.now,
  });
  const content = accountApplicationBytes(application);
  const hash = signing.publicKey.kind === 'rsa' ? 'SHA-256' : 'SHA-384';
  const prepared = await prepareCadesSignature({
    content,
    signingCertificateDer: files.signingCertificate,
    caCertificatesDer: [files.caCertificate],
    hash,
    signingTime: input.now,
  });
  const cardSignature = await input.card.sign({
    key: 'nonRepudiation',
    hash,
    digest: prepared.digestToSign,
    pin: input.pin,
  });
  const signature = await prepared.complete(cardSignature);
  const encodedFiles = Object.fromEntries(
    Object.entries(submitted).map(([name, bytes]) => [name, encodeBase64(bytes)]),
  ) as SubmitApplicationRequest['files'];
  return {
    content,
    signature,
    request: {
      application: encodeBase64(content),
      signature: encodeBase64(signature),
      files: encodedFiles,
      signingCertificate: encodeBase64(files.signingCertificate),
      caCertificate: encodeBase64(files.caCertificate),
      contact: input.contact,
    },
  };
}

/** Zero-fills the signed bytes (the request's base64 copies are strings, released with it). */
export function wipeSignedApplication(signed: SignedApplication): void {
  signed.content.fill(0);
  signed.signature.fill(0);
}
