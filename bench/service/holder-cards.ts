import * as asn1js from 'asn1js';
import { Certificate } from 'pkijs';
import { trimCertificateFile } from '../../common/der/card-file-trim.ts';
import { FID } from '../../tests/virtual-card/applet/file-system.ts';
import { buildCardImage, type CardImage } from '../../tests/virtual-card/index.ts';
import { deriveSerialNumber } from '../../tests/virtual-card/pki/serial-number.ts';
import { signWithKey } from '../../tests/virtual-card/pki/sign-with-key.ts';
import type { TestKeyPair } from '../../tests/virtual-card/pki/pki-types.ts';

/**
 * The certificate `der` again, with another serial number, signed again by `issuer`: a new
 * DER (new SHA-256) for the same holder key and subject.
 */
function reissue(der: Uint8Array, serialNumber: Uint8Array, issuer: TestKeyPair): Uint8Array {
  const certificate = Certificate.fromBER(der);
  certificate.serialNumber = new asn1js.Integer({ valueHex: serialNumber });
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  certificate.signatureValue = new asn1js.BitString({ valueHex: signWithKey(issuer, certificate.tbsView) });
  return new Uint8Array(certificate.toSchema().toBER());
}

/** A certificate file (`5038`/`5039`) with `der` and the same zero padding as `file`. */
function certificateFile(file: Uint8Array, der: Uint8Array): Uint8Array {
  const old = trimCertificateFile(file);
  const padded = new Uint8Array(der.length + file.length - (old?.length ?? file.length));
  padded.set(der);
  return padded;
}

/**
 * Card images of `cardId` (a virtual card of tests/virtual-card), one per registration, whose
 * authentication and signing certificates are re-issued by the card's CA with a serial number
 * of their own. Keys, subject, identity and address files stay the card's. Every registration
 * then brings holder certificates the service has never seen, as in real traffic where each
 * registration is another person: the verifier's certificate cache can only help with the CA
 * and RRN certificates, never with the holder's.
 */
export class HolderCards {
  readonly #base: CardImage;

  constructor(cardId: string) {
    this.#base = buildCardImage(cardId);
  }

  /** The card image for registration `label` (deterministic). */
  image(label: string): CardImage {
    const base = this.#base;
    const ca = base.profile.issuer === 'citizen' ? base.pki.citizenCa : base.pki.foreignerCa;
    const belpic = new Map(base.files.belpic);
    for (const fid of [FID.CERT_AUTH, FID.CERT_SIGN]) {
      const file = belpic.get(fid);
      const der = file === undefined ? undefined : trimCertificateFile(file);
      if (file === undefined || der === undefined) continue;
      const serial = deriveSerialNumber(`bench/${base.id}`, `${label}/${fid.toString(16)}`);
      belpic.set(fid, certificateFile(file, reissue(der, serial, ca.keyPair)));
    }
    return { ...base, files: { ...base.files, belpic } };
  }
}
