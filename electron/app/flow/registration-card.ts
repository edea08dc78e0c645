import type { Address, Identity } from '../../../common/eid/index.ts';
import { checkCardIntegrity } from '../../../common/eid/integrity/index.ts';
import { parseAddressFile, parseIdentityFile } from '../../../common/eid/index.ts';
import {
  parseCertificate,
  validityAt,
  verifyCertificateChain,
  type CertificateInfo,
} from '../../../common/pki/index.ts';
import type { BelpicCard, CardFileName } from '../../../native/belpic/index.ts';
import { FlowFailure } from './flow-failure.ts';

/** The files a registration sends (registration-flow.md "submit the application"). */
const FILES: readonly CardFileName[] = [
  'identity',
  'identitySignature',
  'address',
  'addressSignature',
  'photo',
  'rrnCertificate',
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
  'rootCertificate',
];

/** What the flow keeps of the card between reading it and submitting (wiped at the end). */
export interface RegistrationCard {
  readonly files: {
    readonly identity: Uint8Array;
    readonly identitySignature: Uint8Array;
    readonly address: Uint8Array;
    readonly addressSignature: Uint8Array;
    readonly photo: Uint8Array | undefined;
    readonly rrnCertificate: Uint8Array;
    readonly authenticationCertificate: Uint8Array;
    readonly signingCertificate: Uint8Array;
    readonly caCertificate: Uint8Array;
  };
  readonly identity: Identity;
  readonly address: Address;
  readonly authentication: CertificateInfo;
  readonly signing: CertificateInfo;
}

function required(file: Uint8Array | undefined): Uint8Array {
  if (file === undefined || file.length === 0) throw new FlowFailure('card-data-invalid');
  return file;
}

/** Whether `certificate` is in its dates and chains through `ca` to a trust anchor for `purpose`. */
async function usable(
  certificate: CertificateInfo,
  ca: Uint8Array,
  purpose: 'authentication' | 'signing',
  trustAnchors: readonly Uint8Array[],
  now: Date,
): Promise<boolean> {
  if (validityAt(certificate, now) !== 'valid') return false;
  const chain = await verifyCertificateChain({
    leaf: certificate.der,
    intermediates: [ca],
    trustAnchors,
    now,
    purpose,
  });
  return chain.ok;
}

/** The last day of the card's validity, as a UTC date at the end of that day. */
function cardValidUntil(identity: Identity): Date {
  const { year, month, day } = identity.validityEnd;
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59));
}

/**
 * Reads and checks everything a registration needs, in the order the person can act on
 * (registration-flow.md step 1): the card's validity, the RRN signatures over identity and
 * address (a card that fails them is not sent to the service), the authentication certificate,
 * then the signing certificate (absent on a Kids-ID). Failures are {@link FlowFailure}s.
 */
export async function readRegistrationCard(
  card: BelpicCard,
  trustAnchors: readonly Uint8Array[],
  now: Date,
): Promise<RegistrationCard> {
  const files = await card.readFiles(FILES);
  const identityFile = required(files.identity);
  const addressFile = required(files.address);
  let identity: Identity;
  let address: Address;
  try {
    identity = parseIdentityFile(identityFile).identity;
    address = parseAddressFile(addressFile).address;
  } catch {
    throw new FlowFailure('card-data-invalid');
  }
  if (cardValidUntil(identity) < now) throw new FlowFailure('card-expired');

  const integrity = await checkCardIntegrity({
    identityFile,
    identitySignature: required(files.identitySignature),
    addressFile,
    addressSignature: required(files.addressSignature),
    photo: files.photo,
    rrnCertificate: required(files.rrnCertificate),
    rootCertificate: files.rootCertificate,
    photoHash: identity.photoHash.bytes,
    trustAnchors,
    now,
  });
  if (integrity.outcome !== 'passed') throw new FlowFailure('card-data-invalid');

  const ca = required(files.caCertificate);
  const authenticationDer = required(files.authenticationCertificate);
  const authentication = await parseCertificate(authenticationDer).catch(() => {
    throw new FlowFailure('certificates-inactive');
  });
  if (!(await usable(authentication, ca, 'authentication', trustAnchors, now)))
    throw new FlowFailure('certificates-inactive');
  const signingDer = files.signingCertificate;
  if (signingDer === undefined || signingDer.every((b) => b === 0))
    throw new FlowFailure('no-signing-certificate');
  const signing = await parseCertificate(signingDer).catch(() => {
    throw new FlowFailure('no-signing-certificate');
  });
  if (!(await usable(signing, ca, 'signing', trustAnchors, now)))
    throw new FlowFailure('certificates-inactive');

  return {
    files: {
      identity: identityFile,
      identitySignature: required(files.identitySignature),
      address: addressFile,
      addressSignature: required(files.addressSignature),
      photo: files.photo,
      rrnCertificate: required(files.rrnCertificate),
      authenticationCertificate: authenticationDer,
      signingCertificate: signingDer,
      caCertificate: ca,
    },
    identity,
    address,
    authentication,
    signing,
  };
}

/** Zero-fills every file the card gave (the flow's `wipe()`). */
export function wipeRegistrationCard(card: RegistrationCard): void {
  for (const file of Object.values(card.files)) file?.fill(0);
}
