import type { Address, Identity } from '../../../common/eid/index.ts';
import { validityAt, verifyCertificateChain, type CertificateInfo } from '../../../common/pki/index.ts';
import { BelpicError, type BelpicCard } from '../../../native/belpic/index.ts';
import { PcscError } from '../../../native/pcsc/index.ts';
import { readCardData, type CardData } from '../card/read-card-data.ts';
import { FlowFailure } from './flow-failure.ts';

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
 * The card's data as `readCardData` reads them (identity, address, photo, the RRN signatures
 * and certificates; not EF 4040, which a registration does not send). A card or reader error
 * stays what it is; anything else (a file missing or not parsable) is `card-data-invalid`.
 */
async function readForRegistration(
  card: BelpicCard,
  trustAnchors: readonly Uint8Array[],
  now: Date,
): Promise<CardData> {
  try {
    return await readCardData(card, { photo: true, certificates: true, basicKey: false }, trustAnchors, now);
  } catch (error) {
    if (error instanceof PcscError || error instanceof BelpicError) throw error;
    throw new FlowFailure('card-data-invalid');
  }
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
  const data = await readForRegistration(card, trustAnchors, now);
  const { files, identity, certificates } = data;
  if (cardValidUntil(identity) < now) throw new FlowFailure('card-expired');
  if (data.integrity.outcome !== 'passed') throw new FlowFailure('card-data-invalid');

  const ca = required(files.caCertificate);
  const authentication = certificates.authentication;
  if (authentication === undefined) throw new FlowFailure('card-data-invalid');
  if (!(await usable(authentication, ca, 'authentication', trustAnchors, now)))
    throw new FlowFailure('certificates-inactive');
  const signing = certificates.signing;
  if (signing === undefined) throw new FlowFailure('no-signing-certificate');
  if (!(await usable(signing, ca, 'signing', trustAnchors, now)))
    throw new FlowFailure('certificates-inactive');

  return {
    files: {
      identity: required(files.identity),
      identitySignature: required(files.identitySignature),
      address: required(files.address),
      addressSignature: required(files.addressSignature),
      photo: files.photo,
      rrnCertificate: required(files.rrnCertificate),
      authenticationCertificate: required(files.authenticationCertificate),
      signingCertificate: required(files.signingCertificate),
      caCertificate: ca,
    },
    identity,
    address: data.address,
    authentication,
    signing,
  };
}

/** Zero-fills every file the card gave (the flow's `wipe()`). */
export function wipeRegistrationCard(card: RegistrationCard): void {
  for (const file of Object.values(card.files)) file?.fill(0);
}
