import { digest } from '../platform/web-crypto.ts';
import type { ApplicationCardFiles } from './account-application.ts';
import { toLowerHex } from './lower-hex.ts';

/** The card files of a submission, exactly as sent to the service. */
export interface SubmittedCardFiles {
  readonly identity: Uint8Array;
  readonly identitySignature: Uint8Array;
  readonly address: Uint8Array;
  readonly addressSignature: Uint8Array;
  readonly rrnCertificate: Uint8Array;
  /** Only when the photo is sent. */
  readonly photo?: Uint8Array;
}

/**
 * SHA-256 (FIPS 180-4) of each submitted card file, lower-case hex, for the application's
 * `cardFiles` (pki-and-signing.md §6.3: "SHA-256 of every raw card file"). Hash exactly the
 * bytes that are sent: the service hashes what it receives.
 */
export async function hashCardFiles(files: SubmittedCardFiles): Promise<ApplicationCardFiles> {
  const sha256 = async (bytes: Uint8Array): Promise<string> => toLowerHex(await digest('SHA-256', bytes));
  const hashes = {
    identity: await sha256(files.identity),
    identitySignature: await sha256(files.identitySignature),
    address: await sha256(files.address),
    addressSignature: await sha256(files.addressSignature),
    rrnCertificate: await sha256(files.rrnCertificate),
  };
  return files.photo === undefined ? hashes : { ...hashes, photo: await sha256(files.photo) };
}
