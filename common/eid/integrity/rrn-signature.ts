import { ParseError } from '../../binary/parse-error.ts';
import { trimDerSignatureFile } from '../../der/card-file-trim.ts';
import { ecdsaDerToRaw } from '../../der/ecdsa-signature.ts';
import { parseCertificateFile } from '../../pki/certificate.ts';
import { curveFieldLength } from '../../pki/public-key.ts';
import { verifySignature } from '../../pki/verify-signature.ts';
import { hashForDigestLength, type LengthImpliedHash } from './hash-for-length.ts';

/** The schemes RRN file signatures use (belpic-protocol.md §5.2). */
export type FileSignatureScheme = 'ecdsa-sha384' | 'rsa-pkcs1-sha1' | 'rsa-pkcs1-sha256' | 'rsa-pkcs1-sha384';

/** Options of the RRN signature checks. */
export interface RrnSignatureOptions {
  /**
   * Length of the identity file's photo hash (tag `11`): picks the RSA digest (§5.2 step 3).
   * Ignored for EC keys. When omitted, RSA uses SHA-256 (1.7 cards, Root CA4 era).
   */
  readonly photoHashLength?: number;
}

/** Outcome of one RRN file signature check; `tried` lists the schemes in the order tried. */
export type FileSignatureResult =
  | {
      readonly valid: true;
      readonly scheme: FileSignatureScheme;
      readonly tried: readonly FileSignatureScheme[];
    }
  | {
      readonly valid: false;
      /** `unsupported-key`: the RRN key is neither RSA nor EC on a WebCrypto curve. */
      readonly reason: 'signature-mismatch' | 'unsupported-key';
      readonly tried: readonly FileSignatureScheme[];
    };

const RSA_SCHEME: Readonly<Record<LengthImpliedHash, FileSignatureScheme>> = {
  'SHA-1': 'rsa-pkcs1-sha1',
  'SHA-256': 'rsa-pkcs1-sha256',
  'SHA-384': 'rsa-pkcs1-sha384',
};

/**
 * Verifies an RRN signature file over `data` with the key of the RRN certificate `503C`
 * (DER, or the file as read: padding is trimmed), following the eid-viewer recipe of
 * belpic-protocol.md §5.2. The scheme is chosen by the certificate's PUBLIC KEY TYPE, never by
 * applet version:
 *
 * - EC: ECDSA with SHA-384; the file is `DER ECDSA-Sig-Value ‖ 00…` (§5.3), trimmed to its DER
 *   length and converted to raw `r ‖ s` for WebCrypto.
 * - RSA: PKCS#1 v1.5; digest from the photo-hash length (20 SHA-1, 32 SHA-256, 48 SHA-384); if
 *   that fails and the photo hash is 20 bytes, SHA-256 is tried too (re-signed CA4 cards keep a
 *   SHA-1 photo hash). The signature is the file as read.
 *
 * A signature that does not verify is a result, not an exception; malformed certificate or
 * signature bytes throw a {@link ParseError}.
 */
export async function verifyRrnSignature(
  data: Uint8Array,
  signatureFile: Uint8Array,
  rrnCertificate: Uint8Array,
  options: RrnSignatureOptions = {},
): Promise<FileSignatureResult> {
  const certificate = await parseCertificateFile(rrnCertificate);
  if (certificate === undefined)
    throw new ParseError('RRN certificate file', 0, 'no certificate (zero-filled)');
  const key = { spki: certificate.raw.spki, publicKey: certificate.publicKey };
  const { publicKey } = certificate;
  if (publicKey.kind === 'ec' && publicKey.curve !== undefined) {
    const raw = ecdsaDerToRaw(trimDerSignatureFile(signatureFile), curveFieldLength(publicKey.curve));
    const verdict = await verifySignature(key, { kind: 'ecdsa', hash: 'SHA-384' }, raw, data);
    return verdict === 'valid'
      ? { valid: true, scheme: 'ecdsa-sha384', tried: ['ecdsa-sha384'] }
      : { valid: false, reason: 'signature-mismatch', tried: ['ecdsa-sha384'] };
  }
  if (publicKey.kind !== 'rsa') return { valid: false, reason: 'unsupported-key', tried: [] };
  const photoHashLength = options.photoHashLength;
  const first: LengthImpliedHash =
    photoHashLength === undefined ? 'SHA-256' : hashForDigestLength(photoHashLength, 'photo hash');
  const hashes: LengthImpliedHash[] = photoHashLength === 20 ? [first, 'SHA-256'] : [first];
  const tried: FileSignatureScheme[] = [];
  for (const hash of hashes) {
    tried.push(RSA_SCHEME[hash]);
    const verdict = await verifySignature(key, { kind: 'rsa-pkcs1-v1_5', hash }, signatureFile, data);
    if (verdict === 'valid') return { valid: true, scheme: RSA_SCHEME[hash], tried };
  }
  return { valid: false, reason: 'signature-mismatch', tried };
}
