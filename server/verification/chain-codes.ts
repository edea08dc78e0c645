import type { ApiErrorCode } from '../../common/api/error-codes.ts';
import type { ChainFailureReason } from '../../common/pki/chain-result.ts';

/**
 * The API code of a chain failure (`verifyCertificateChain` reasons, pki-and-signing.md §2):
 * dates and key usage keep their own codes; a path that does not reach an anchor for any
 * other reason (unknown issuer, bad signature, unsupported algorithm, not a CA, path length,
 * unknown critical extension) is `certificate-untrusted`.
 */
export function chainFailureCode(reason: ChainFailureReason): ApiErrorCode {
  switch (reason) {
    case 'malformed':
      return 'certificate-malformed';
    case 'expired':
      return 'certificate-expired';
    case 'not-yet-valid':
      return 'certificate-not-yet-valid';
    case 'wrong-key-usage':
      return 'certificate-wrong-key-usage';
    case 'untrusted-root':
    case 'bad-signature':
    case 'unsupported-algorithm':
    case 'not-a-ca':
    case 'path-too-long':
    case 'unsupported-critical-extension':
      return 'certificate-untrusted';
  }
}
