import type { BelpicCard, CardFiles } from '../../../native/belpic/belpic-card.ts';
import type { CardFileName } from '../../../native/belpic/card-files.ts';
import { parseAddressFile, type Address } from '../../../common/eid/address-file.ts';
import { parseIdentityFile } from '../../../common/eid/identity-file.ts';
import type { Identity } from '../../../common/eid/identity.ts';
import { checkCardIntegrity } from '../../../common/eid/integrity/check-card-integrity.ts';
import type { CardIntegrityReport } from '../../../common/eid/integrity/integrity-report.ts';
import { parseCertificate, type CertificateInfo } from '../../../common/pki/certificate.ts';
import type { ParseWarning } from '../../../common/binary/parse-error.ts';

/** Which optional parts to read besides identity, address and their signatures. */
export interface ReadSelection {
  readonly photo: boolean;
  /** The five certificates (the RRN certificate is always read: integrity needs it). */
  readonly certificates: boolean;
  /** EF 4040 on 1.8 cards, for the basic-key hash check; default true. */
  readonly basicKey?: boolean;
}

/** The card's certificates, parsed; absent ones are undefined. */
export interface CardCertificates {
  readonly authentication?: CertificateInfo;
  readonly signing?: CertificateInfo;
  readonly ca?: CertificateInfo;
  readonly root?: CertificateInfo;
  readonly rrn?: CertificateInfo;
}

/** Everything `read` shows, parsed and checked. */
export interface CardData {
  readonly identity: Identity;
  readonly address: Address;
  readonly photo?: Uint8Array;
  /** EF 4040, the basic public key (applet 1.8). */
  readonly basicKey?: Uint8Array;
  readonly certificates: CardCertificates;
  readonly integrity: CardIntegrityReport;
  /** Non-canonical things in the identity and address files (offsets only). */
  readonly warnings: readonly ParseWarning[];
  /** The files as read, for a caller that sends them on (the registration flow). */
  readonly files: CardFiles;
}

const CERTIFICATE_KEYS = {
  authenticationCertificate: 'authentication',
  signingCertificate: 'signing',
  caCertificate: 'ca',
  rootCertificate: 'root',
  rrnCertificate: 'rrn',
} as const;

/**
 * Reads what `selection` asks for, parses the identity and address files and checks their
 * integrity (RRN signatures, photo hash when the photo is read, basic-key hash on 1.8) with
 * the RRN certificate's chain to `trustAnchors`.
 */
export async function readCardData(
  card: BelpicCard,
  selection: ReadSelection,
  trustAnchors: readonly Uint8Array[],
  now: Date,
): Promise<CardData> {
  const names: CardFileName[] = [
    'identity',
    'identitySignature',
    'address',
    'addressSignature',
    'rrnCertificate',
  ];
  if (selection.photo) names.push('photo');
  const readsBasicKey = card.applet.basicKey && selection.basicKey !== false;
  if (readsBasicKey) names.push('basicKey');
  if (selection.certificates) {
    names.push('authenticationCertificate', 'signingCertificate', 'caCertificate', 'rootCertificate');
  }
  const files = await card.readFiles(names);
  const { identity, warnings: identityWarnings } = parseIdentityFile(required(files.identity, 'identity'));
  const { address, warnings: addressWarnings } = parseAddressFile(required(files.address, 'address'));
  const certificates: Record<string, CertificateInfo> = {};
  for (const [file, key] of Object.entries(CERTIFICATE_KEYS)) {
    const der = files[file as keyof typeof CERTIFICATE_KEYS];
    if (der) certificates[key] = await parseCertificate(der);
  }
  const integrity = await checkCardIntegrity({
    identityFile: required(files.identity, 'identity'),
    identitySignature: required(files.identitySignature, 'identitySignature'),
    addressFile: files.address,
    addressSignature: files.addressSignature,
    photo: files.photo,
    basicKeyFile: files.basicKey,
    rrnCertificate: required(files.rrnCertificate, 'rrnCertificate'),
    rootCertificate: files.rootCertificate,
    photoHash: identity.photoHash.bytes,
    // Not read on purpose: no hash to check it against (the check is then not applicable).
    basicKeyHash: readsBasicKey ? identity.basicKeyHash : undefined,
    trustAnchors,
    now,
  });
  return {
    identity,
    address,
    photo: files.photo,
    basicKey: files.basicKey,
    certificates,
    integrity,
    warnings: [...identityWarnings, ...addressWarnings],
    files,
  };
}

function required(bytes: Uint8Array | undefined, name: string): Uint8Array {
  if (!bytes) throw new Error(`the card has no ${name} file`);
  return bytes;
}
