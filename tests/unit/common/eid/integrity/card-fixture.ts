import { sign } from 'node:crypto';
import type { CardIntegrityInput } from '../../../../../common/eid/integrity/check-card-integrity.ts';
import { FID } from '../../../../virtual-card/applet/file-system.ts';
import type { CardImage } from '../../../../virtual-card/index.ts';
import { signP384Sha384 } from '../../../../virtual-card/pki/deterministic-ecdsa.ts';
import { cardNow } from '../../pki/pki-fixture.ts';

/**
 * One record of the identity file, read with a deliberately tiny TLV walker (tag, length byte,
 * value; belpic-protocol.md §4.1 — the virtual card never writes lengths ≥ 0x80). Test-side
 * only: production parsing of the identity file lives elsewhere.
 */
export function identityTag(identityFile: Uint8Array, tag: number): Uint8Array | undefined {
  for (let offset = 0; offset + 1 < identityFile.length;) {
    const length = identityFile[offset + 1]!;
    if (identityFile[offset] === tag) return identityFile.slice(offset + 2, offset + 2 + length);
    offset += 2 + length;
  }
  return undefined;
}

/** Every input of `checkCardIntegrity` for the card, files exactly as the card stores them. */
export function integrityInput(
  image: CardImage,
  overrides: Partial<CardIntegrityInput> = {},
): CardIntegrityInput {
  const id = (fid: number): Uint8Array | undefined => image.files.id.get(fid);
  const belpic = (fid: number): Uint8Array => image.files.belpic.get(fid)!;
  const identityFile = id(FID.IDENTITY)!;
  return {
    identityFile,
    identitySignature: id(FID.IDENTITY_SIGNATURE)!,
    addressFile: id(FID.ADDRESS),
    addressSignature: id(FID.ADDRESS_SIGNATURE),
    photo: id(FID.PHOTO),
    basicKeyFile: id(FID.BASIC_PUBLIC_KEY),
    rrnCertificate: belpic(FID.CERT_RRN),
    rootCertificate: belpic(FID.CERT_ROOT),
    photoHash: identityTag(identityFile, 0x11)!,
    basicKeyHash: identityTag(identityFile, 0x1a),
    trustAnchors: [image.pki.root.der],
    now: cardNow(image),
    ...overrides,
  };
}

/**
 * An RRN signature file over `data` made with the image's RRN key, independently of the code
 * under test: RSA PKCS#1 v1.5 with `rsaHash` (node:crypto) or ECDSA P-384/SHA-384 DER padded
 * with zeros to 256 bytes (belpic-protocol.md §5.2).
 */
export function rrnSign(
  image: CardImage,
  data: Uint8Array,
  rsaHash: 'sha1' | 'sha256' | 'sha384' = 'sha256',
): Uint8Array {
  const key = image.pki.rrn.keyPair.privateKey;
  if (image.pki.algorithm === 'rsa2048') return new Uint8Array(sign(rsaHash, data, key));
  const file = new Uint8Array(256);
  file.set(signP384Sha384(key, data));
  return file;
}

/** `a ‖ b`. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}
