import {
  accountApplicationBytes,
  buildAccountApplication,
  hashCardFiles,
  type ApplicationContact,
} from '../../common/application/index.ts';
import type { SubmitApplicationRequest } from '../../common/api/schemas/submission.ts';
import { parseAddressFile } from '../../common/eid/address-file.ts';
import { parseIdentityFile } from '../../common/eid/identity-file.ts';
import { prepareCadesSignature } from '../../common/pki/cms/index.ts';
import { parseCertificate } from '../../common/pki/certificate.ts';
import {
  WEB_EID_ALGORITHMS,
  buildWebEidToken,
  webEidAlgorithmForKey,
  webEidDigest,
} from '../../common/webeid/index.ts';
import { BelpicCard, type CardFiles } from '../../native/belpic/index.ts';
import { DEFAULT_REGISTRATION_TIME } from '../../tests/support/registration-fixture.ts';
import { pinDigits } from '../../tests/support/card-signatures.ts';
import { InProcessCardChannel, VirtualCard, type CardImage } from '../../tests/virtual-card/index.ts';

const FILES = [
  'identity',
  'identitySignature',
  'address',
  'addressSignature',
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
  'rrnCertificate',
] as const;

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function required(files: CardFiles, name: keyof CardFiles): Uint8Array {
  const file = files[name];
  if (file === undefined) throw new Error(`the virtual card has no ${name}`);
  return file;
}

/**
 * The wizard's side of one registration with a virtual card in process (BelpicCard over
 * InProcessCardChannel, PIN 1234), as tests/support/registration-fixture.ts `makeRegistration`
 * does it but with one card session for both signatures: read the files once, sign the Web eID
 * token for the session nonce, then build the account application for the rotated session and
 * sign it as a detached CAdES-BES with the non-repudiation key. No photo (the wizard's
 * default). Signing time and `issuedAt` are {@link DEFAULT_REGISTRATION_TIME}, inside the
 * virtual cards' validity and equal to the service's fixed clock.
 */
export class WizardCard {
  readonly #card: BelpicCard;
  readonly #files: CardFiles;

  private constructor(card: BelpicCard, files: CardFiles) {
    this.#card = card;
    this.#files = files;
  }

  static async insert(image: CardImage): Promise<WizardCard> {
    const card = await BelpicCard.open(new InProcessCardChannel(new VirtualCard(image, { pin: '1234' })));
    return new WizardCard(card, await card.readFiles([...FILES]));
  }

  #pin() {
    return { kind: 'digits' as const, digits: pinDigits('1234') };
  }

  /** The JSON body of `POST /sessions/:id/authenticate` for `nonce`. */
  async authenticationBody(origin: string, nonce: string) {
    const certificate = required(this.#files, 'authenticationCertificate');
    const algorithm = webEidAlgorithmForKey((await parseCertificate(certificate)).publicKey);
    const { hash } = WEB_EID_ALGORITHMS[algorithm];
    const digest = await webEidDigest(origin, nonce, hash);
    const signature = await this.#card.sign({ key: 'authentication', hash, digest, pin: this.#pin() });
    const token = buildWebEidToken({
      certificate,
      algorithm,
      signature,
      appVersion: 'https://example.invalid/eid-wizard/releases/v0.1.0',
    });
    return { nonce, token, caCertificate: b64(required(this.#files, 'caCertificate')) };
  }

  /** The JSON body of `POST /sessions/:id/application` for the (rotated) session. */
  async submissionBody(
    sessionId: string,
    enrolmentId: string,
    contact: ApplicationContact,
  ): Promise<SubmitApplicationRequest> {
    const files = {
      identity: required(this.#files, 'identity'),
      identitySignature: required(this.#files, 'identitySignature'),
      address: required(this.#files, 'address'),
      addressSignature: required(this.#files, 'addressSignature'),
      rrnCertificate: required(this.#files, 'rrnCertificate'),
    };
    const application = buildAccountApplication({
      identity: parseIdentityFile(files.identity).identity,
      address: parseAddressFile(files.address).address,
      sessionId,
      enrolmentId,
      contact,
      cardFiles: await hashCardFiles(files),
      language: 'en',
      issuedAt: DEFAULT_REGISTRATION_TIME,
    });
    const content = accountApplicationBytes(application);
    const signingCertificate = required(this.#files, 'signingCertificate');
    const caCertificate = required(this.#files, 'caCertificate');
    const signer = await parseCertificate(signingCertificate);
    const hash = signer.publicKey.kind === 'rsa' ? 'SHA-256' : 'SHA-384';
    const prepared = await prepareCadesSignature({
      content,
      signingCertificateDer: signingCertificate,
      caCertificatesDer: [caCertificate],
      hash,
      signingTime: DEFAULT_REGISTRATION_TIME,
    });
    const cardSignature = await this.#card.sign({
      key: 'nonRepudiation',
      hash,
      digest: prepared.digestToSign,
      pin: this.#pin(),
    });
    const signature = await prepared.complete(cardSignature);
    return {
      application: b64(content),
      signature: b64(signature),
      files: {
        identity: b64(files.identity),
        identitySignature: b64(files.identitySignature),
        address: b64(files.address),
        addressSignature: b64(files.addressSignature),
        rrnCertificate: b64(files.rrnCertificate),
      },
      signingCertificate: b64(signingCertificate),
      caCertificate: b64(caCertificate),
      contact: { ...contact },
    };
  }
}
