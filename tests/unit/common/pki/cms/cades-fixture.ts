import { createHash } from 'node:crypto';
import { BelpicCard } from '../../../../../native/belpic/index.ts';
import { prepareCadesSignature } from '../../../../../common/pki/cms/index.ts';
import {
  buildCardImage,
  InProcessCardChannel,
  VirtualCard,
  type CardImage,
} from '../../../../virtual-card/index.ts';
import { pinDigits } from '../../../../support/card-signatures.ts';

/** A detached CAdES-BES made by a virtual card, with what went into it. */
export interface CardCades {
  readonly image: CardImage;
  readonly content: Uint8Array;
  readonly der: Uint8Array;
  readonly toBeSigned: Uint8Array;
  readonly hash: 'SHA-256' | 'SHA-384';
  readonly signingTime: Date;
}

/** The content signed in these tests. */
export const CONTENT = new TextEncoder().encode('{"schema":"eid-wizard/account-application/1","x":"é"}');

export const SIGNING_TIME = new Date('2025-06-15T10:00:00.000Z');

/** Signs {@link CONTENT} with the non-repudiation key of the virtual card `id` (PIN 1234). */
export async function cardCades(id: string, content = CONTENT): Promise<CardCades> {
  const image = buildCardImage(id);
  const eid = await BelpicCard.open(new InProcessCardChannel(new VirtualCard(image)));
  const hash = image.personality.keyAlgorithm === 'rsa2048' ? 'SHA-256' : 'SHA-384';
  const signing = image.certificates.signing;
  if (signing === undefined) throw new Error(`${id} has no signing certificate`);
  const ca = image.profile.issuer === 'citizen' ? image.pki.citizenCa : image.pki.foreignerCa;
  const prepared = await prepareCadesSignature({
    content,
    signingCertificateDer: signing.der,
    caCertificatesDer: [ca.der],
    hash,
    signingTime: SIGNING_TIME,
  });
  const digest = prepared.digestToSign;
  const signature = await eid.sign({
    key: 'nonRepudiation',
    hash,
    digest,
    pin: { kind: 'digits', digits: pinDigits('1234') },
  });
  return {
    image,
    content,
    der: await prepared.complete(signature),
    toBeSigned: prepared.toBeSigned,
    hash,
    signingTime: SIGNING_TIME,
  };
}

/** Node's hash of `data` by WebCrypto name. */
export function nodeHash(hash: string, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(hash.replace('-', '').toLowerCase()).update(data).digest());
}
