import {
  accountApplicationBytes,
  buildAccountApplication,
  hashCardFiles,
  type AccountApplication,
  type ApplicationContact,
} from '../../common/application/index.ts';
import { parseAddressFile } from '../../common/eid/address-file.ts';
import { parseIdentityFile } from '../../common/eid/identity-file.ts';
import type { Language } from '../../common/i18n/languages.ts';
import { prepareCadesSignature } from '../../common/pki/cms/index.ts';
import { parseCertificate } from '../../common/pki/certificate.ts';
import {
  WEB_EID_ALGORITHMS,
  buildWebEidToken,
  webEidAlgorithmForKey,
  webEidDigest,
} from '../../common/webeid/index.ts';
import { BelpicCard, type CardFiles } from '../../native/belpic/index.ts';
import type { SubmissionInput, WebEidToken } from '../../server/verification/verifier.ts';
import { buildCardImage, InProcessCardChannel, VirtualCard, type CardImage } from '../virtual-card/index.ts';
import { pinDigits } from './card-signatures.ts';

/** Options of {@link makeRegistration}. */
export interface RegistrationOptions {
  /** The service origin the token is bound to, e.g. `https://register.example.be`. */
  readonly origin: string;
  /** The session nonce (the base64 string as the service issued it). */
  readonly nonce: string;
  readonly sessionId: string;
  readonly enrolmentId: string;
  readonly contact: ApplicationContact;
  /** Send the photo (and its hash in the application); default false. */
  readonly photo?: boolean;
  /** The wizard's clock: signing-time and `issuedAt`; default {@link DEFAULT_REGISTRATION_TIME}. */
  readonly now?: Date;
  /** Default `en`. */
  readonly language?: Language;
  /**
   * The key that signs the application: `nonRepudiation` (default, what the wizard does) or
   * `authentication`, to model a card without a signing certificate (Kids-ID) trying anyway:
   * the authentication certificate is then sent as the signing certificate.
   */
  readonly signWith?: 'nonRepudiation' | 'authentication';
  /**
   * Replaces the canonical application bytes before they are signed (tests of non-canonical
   * input). The returned `application` model stays the canonical one.
   */
  readonly applicationBytes?: (canonical: Uint8Array) => Uint8Array;
}

/** Everything the wizard sends for one registration, and where it came from. */
export interface Registration {
  readonly token: WebEidToken;
  /** The card's Citizen/Foreigner CA (`503A`, DER), sent with the token. */
  readonly caCertificate: Uint8Array;
  readonly submission: Omit<SubmissionInput, 'session' | 'now'>;
  readonly image: CardImage;
  /** The application that was signed (the model behind `submission.application`). */
  readonly application: AccountApplication;
  /** The card holder's national number (identity file tag 06). */
  readonly nationalNumber: string;
}

/** Inside the validity of every certificate of the non-expired virtual cards. */
export const DEFAULT_REGISTRATION_TIME = new Date('2025-06-15T10:00:00.000Z');

const FILES = [
  'identity',
  'identitySignature',
  'address',
  'addressSignature',
  'photo',
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
  'rrnCertificate',
] as const;

function required(files: CardFiles, name: keyof CardFiles): Uint8Array {
  const file = files[name];
  if (file === undefined) throw new Error(`the virtual card has no ${name}`);
  return file;
}

/**
 * A registration made exactly as the wizard makes it, with the virtual card `cardId` in
 * process (BelpicCard over InProcessCardChannel, PIN 1234): read the files, sign the Web eID
 * digest with the authentication key, build the account application, and sign its canonical
 * bytes as a detached CAdES-BES with the non-repudiation key (PIN again).
 */
export async function makeRegistration(cardId: string, options: RegistrationOptions): Promise<Registration> {
  const image = buildCardImage(cardId);
  const eid = await BelpicCard.open(new InProcessCardChannel(new VirtualCard(image, { pin: '1234' })));
  const files = await eid.readFiles([...FILES]);
  const pin = (): { kind: 'digits'; digits: Uint8Array } => ({ kind: 'digits', digits: pinDigits('1234') });

  const authenticationCertificate = required(files, 'authenticationCertificate');
  const authentication = await parseCertificate(authenticationCertificate);
  const algorithm = webEidAlgorithmForKey(authentication.publicKey);
  const { hash: tokenHash } = WEB_EID_ALGORITHMS[algorithm];
  const tokenDigest = await webEidDigest(options.origin, options.nonce, tokenHash);
  const tokenSignature = await eid.sign({
    key: 'authentication',
    hash: tokenHash,
    digest: tokenDigest,
    pin: pin(),
  });
  const token = buildWebEidToken({
    certificate: authenticationCertificate,
    algorithm,
    signature: tokenSignature,
    appVersion: 'https://example.invalid/eid-wizard/releases/v0.1.0',
  });

  const submitted = {
    identity: required(files, 'identity'),
    identitySignature: required(files, 'identitySignature'),
    address: required(files, 'address'),
    addressSignature: required(files, 'addressSignature'),
    rrnCertificate: required(files, 'rrnCertificate'),
    ...(options.photo ? { photo: required(files, 'photo') } : {}),
  };
  const now = options.now ?? DEFAULT_REGISTRATION_TIME;
  const identity = parseIdentityFile(submitted.identity).identity;
  const application = buildAccountApplication({
    identity,
    address: parseAddressFile(submitted.address).address,
    sessionId: options.sessionId,
    enrolmentId: options.enrolmentId,
    contact: options.contact,
    cardFiles: await hashCardFiles(submitted),
    language: options.language ?? 'en',
    issuedAt: now,
  });
  const canonical = accountApplicationBytes(application);
  const content = options.applicationBytes ? options.applicationBytes(canonical) : canonical;

  const signWith = options.signWith ?? 'nonRepudiation';
  const signingCertificate =
    signWith === 'authentication' ? authenticationCertificate : required(files, 'signingCertificate');
  const signing = await parseCertificate(signingCertificate);
  const hash = signing.publicKey.kind === 'rsa' ? 'SHA-256' : 'SHA-384';
  const caCertificate = required(files, 'caCertificate');
  const prepared = await prepareCadesSignature({
    content,
    signingCertificateDer: signingCertificate,
    caCertificatesDer: [caCertificate],
    hash,
    signingTime: now,
  });
  const cardSignature = await eid.sign({ key: signWith, hash, digest: prepared.digestToSign, pin: pin() });
  const signature = await prepared.complete(cardSignature);

  return {
    token,
    caCertificate,
    submission: {
      application: content,
      signature,
      files: submitted,
      signingCertificate,
      caCertificate,
      contact: options.contact,
    },
    image,
    application,
    nationalNumber: identity.nationalNumber,
  };
}
