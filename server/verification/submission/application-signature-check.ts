import { createHash } from 'node:crypto';
import type { ApiErrorCode } from '../../../common/api/error-codes.ts';
import { ParseError } from '../../../common/binary/parse-error.ts';
import { checkSignedAttributes, signerIdentifies } from '../../../common/pki/cms/check-signed-attributes.ts';
import { CMS_OID } from '../../../common/pki/cms/cms-oids.ts';
import {
  readCadesSignature,
  type CadesSignatureModel,
} from '../../../common/pki/cms/read-cades-signature.ts';
import {
  readSignedAttributes,
  type CadesSignedAttributes,
} from '../../../common/pki/cms/signed-attribute-values.ts';
import type { HashName } from '../../../common/platform/web-crypto.ts';
import type { StoredCertificate } from '../certificate-store.ts';
import { nodeHashName, verifyAlongside } from '../node-signature.ts';
import type { VerifierContext } from '../verifier-context.ts';
import { cmsDigest, cmsSignatureScheme } from './cms-signature-scheme.ts';

function hash(name: HashName, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(nodeHashName(name)).update(data).digest());
}

function parsed<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

/** signing-time within [signer notBefore, now + skew] and, if limited, not older than the maximum age. */
function signingTimePlausible(
  context: VerifierContext,
  signingTime: Date,
  signer: StoredCertificate,
  now: Date,
): boolean {
  const time = signingTime.getTime();
  if (time > now.getTime() + context.signingTimeSkewMs || time < signer.info.notBefore.getTime())
    return false;
  return context.maxSigningTimeAgeMs === undefined || time >= now.getTime() - context.maxSigningTimeAgeMs;
}

/**
 * Verifies the detached CAdES-BES over the application bytes (pki-and-signing.md §1.4, §6.4)
 * with node:crypto, not pkijs' slow path: one SignerInfo identifying `signer` (the verified
 * signing certificate), detached id-data; the signed attributes pkijs does not check
 * (`checkSignedAttributes`: content-type = eContentType = id-data, message-digest =
 * H(application), signing-certificate-v2 certHash = H(signing certificate), DER order) and a
 * plausible signing-time; then the signature over the received signed-attribute bytes.
 * Codes: `malformed-der`, `signature-invalid` (structure, signer, digest, signature value),
 * `signature-attributes-invalid`. The signature value is checked on the thread pool.
 */
export async function verifyApplicationSignature(
  context: VerifierContext,
  cms: Uint8Array,
  application: Uint8Array,
  signer: StoredCertificate,
  now: Date,
): Promise<ApiErrorCode | undefined> {
  const model: CadesSignatureModel | undefined = parsed(() => readCadesSignature(cms));
  if (model === undefined) return 'malformed-der';
  const info = model.signer;
  const certificate = {
    issuerName: signer.info.raw.issuerName,
    serialNumber: signer.info.serialNumber,
    certificateHash: (name: HashName) => hash(name, signer.info.der),
  };
  if (!model.detached || model.eContentType !== CMS_OID.data) return 'signature-invalid';
  if (!signerIdentifies(info, certificate)) return 'signature-invalid';
  const digest = cmsDigest(info.digestAlgorithm);
  if (digest === undefined || !model.digestAlgorithms.some((a) => a.oid === info.digestAlgorithm.oid)) {
    return 'signature-invalid';
  }
  const signedAttributes = info.signedAttributes;
  if (signedAttributes === undefined) return 'signature-attributes-invalid';
  const attributes: CadesSignedAttributes | undefined = parsed(() => readSignedAttributes(signedAttributes));
  if (attributes === undefined) return 'signature-attributes-invalid';
  const verdict = checkSignedAttributes(attributes, {
    eContentType: model.eContentType,
    messageDigest: hash(digest, application),
    certificate,
  });
  if (!verdict.ok)
    return verdict.problem === 'message-digest-mismatch'
      ? 'signature-invalid'
      : 'signature-attributes-invalid';
  if (!signingTimePlausible(context, verdict.signingTime, signer, now)) return 'signature-attributes-invalid';
  const scheme = cmsSignatureScheme(info.signatureAlgorithm, digest);
  if (
    scheme === undefined ||
    !(await verifyAlongside(3, signer.key, scheme, signedAttributes, info.signature))
  ) {
    return 'signature-invalid';
  }
  return undefined;
}
