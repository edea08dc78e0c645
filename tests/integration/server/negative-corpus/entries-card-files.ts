import { cardImage } from './corpus-context.ts';
import type { CorpusEntry } from './corpus-types.ts';
import { impostorCitizenCa } from './forged-certificates.ts';
import { brokenSubmission, flipBase64, toBase64, truncateBase64, withFiles } from './tamper.ts';

/**
 * The card files in the submission: the RRN-signed identity and address files, the photo and
 * the RRN certificate. "Another card" is pin-1-try (Jan Peeters, who shares the citizen's
 * address file) or foreigner (another address), under the same PKI.
 */

export const CARD_FILE_ENTRIES: readonly CorpusEntry[] = [
  {
    id: 'identity-byte-flipped',
    category: 'identity-file-altered',
    description: 'citizen-1.8 identity file with one byte of the surname inverted after the RRN signed it',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { identity: flipBase64(b.files.identity, 40) }),
      ),
    status: 422,
    code: 'identity-signature-invalid',
  },
  {
    id: 'identity-byte-flipped-rsa',
    category: 'identity-file-altered',
    description: 'citizen-1.7 identity file with its last byte inverted',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) =>
        withFiles(b, { identity: flipBase64(b.files.identity, -1) }),
      ),
    status: 422,
    code: 'identity-signature-invalid',
  },
  {
    id: 'identity-of-another-card',
    category: 'identity-file-altered',
    description: "another card's identity file with this card's identity signature",
    request: async (c) => {
      const other = await c.other('pin-1-try-1.8');
      return brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { identity: toBase64(other.submission.files.identity) }),
      );
    },
    status: 422,
    code: 'identity-signature-invalid',
  },
  {
    id: 'identity-signature-truncated',
    category: 'forged-or-truncated-signature',
    description: 'the RRN signature of the identity file cut in half',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) =>
        withFiles(b, { identitySignature: truncateBase64(b.files.identitySignature, 128) }),
      ),
    status: 422,
    code: 'identity-signature-invalid',
  },
  {
    id: 'identity-and-signature-of-another-card',
    category: 'identity-file-altered',
    description: "another card's identity file with its own valid RRN signature, this card's address",
    request: async (c) => {
      const { files } = (await c.other('pin-1-try-1.8')).submission;
      return brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, {
          identity: toBase64(files.identity),
          identitySignature: toBase64(files.identitySignature),
        }),
      );
    },
    status: 422,
    code: 'address-signature-invalid',
  },
  {
    id: 'card-files-of-another-person',
    category: 'identity-file-altered',
    description: 'all RRN-signed files of another person (valid signatures) in this holder’s session',
    request: async (c) => {
      const { files } = (await c.other('pin-1-try-1.8')).submission;
      return brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, {
          identity: toBase64(files.identity),
          identitySignature: toBase64(files.identitySignature),
          address: toBase64(files.address),
          addressSignature: toBase64(files.addressSignature),
        }),
      );
    },
    status: 422,
    code: 'national-number-mismatch',
  },
  {
    id: 'address-signature-of-another-card',
    category: 'address-signature-wrong-data',
    description: "another card's address signature (over its own address and identity signature)",
    request: async (c) => {
      const other = await c.other('pin-1-try-1.8');
      return brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { addressSignature: toBase64(other.submission.files.addressSignature) }),
      );
    },
    status: 422,
    code: 'address-signature-invalid',
  },
  {
    id: 'address-signature-is-identity-signature',
    category: 'address-signature-wrong-data',
    description: 'the identity signature sent as the address signature (an RRN signature over other data)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) =>
        withFiles(b, { addressSignature: b.files.identitySignature }),
      ),
    status: 422,
    code: 'address-signature-invalid',
  },
  {
    id: 'address-byte-flipped',
    category: 'address-signature-wrong-data',
    description: 'the address file with one byte of the street inverted (a move nobody registered)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { address: flipBase64(b.files.address, 4) }),
      ),
    status: 422,
    code: 'address-signature-invalid',
  },
  {
    id: 'address-of-another-card',
    category: 'address-signature-wrong-data',
    description: "another card's address file (Antwerpen) with this card's address signature",
    request: async (c) => {
      const other = await c.other('foreigner-1.7');
      return brokenSubmission(await c.prepare('citizen-1.7'), (b) =>
        withFiles(b, { address: toBase64(other.submission.files.address) }),
      );
    },
    status: 422,
    code: 'address-signature-invalid',
  },
  {
    id: 'photo-byte-flipped',
    category: 'card-files',
    description: 'the photo with one byte inverted',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8', { photo: true }), (b) =>
        withFiles(b, { photo: flipBase64(b.files.photo!, 200) }),
      ),
    status: 422,
    code: 'photo-hash-mismatch',
  },
  {
    id: 'photo-of-another-card',
    category: 'card-files',
    description: "another card's photo",
    request: async (c) => {
      const other = await c.other('pin-1-try-1.7', true);
      return brokenSubmission(await c.prepare('citizen-1.7', { photo: true }), (b) =>
        withFiles(b, { photo: toBase64(other.submission.files.photo!) }),
      );
    },
    status: 422,
    code: 'photo-hash-mismatch',
  },
  {
    id: 'rrn-certificate-of-the-other-pki',
    category: 'wrong-chain',
    description: 'the (trusted) RRN certificate of the RSA PKI with the files of a P-384 card',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { rrnCertificate: toBase64(cardImage('citizen-1.7').pki.rrn.der) }),
      ),
    status: 422,
    code: 'identity-signature-invalid',
  },
  {
    id: 'rrn-certificate-impostor',
    category: 'wrong-chain',
    description: 'a self-made certificate in place of the RRN certificate',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.8'), (b) =>
        withFiles(b, { rrnCertificate: toBase64(impostorCitizenCa().der) }),
      ),
    status: 422,
    code: 'rrn-certificate-untrusted',
  },
  {
    id: 'rrn-certificate-is-citizen-ca',
    category: 'wrong-key-usage',
    description: 'the trusted Citizen CA sent as the RRN certificate (not an RRN certificate)',
    request: async (c) =>
      brokenSubmission(await c.prepare('citizen-1.7'), (b) =>
        withFiles(b, { rrnCertificate: b.caCertificate }),
      ),
    status: 422,
    code: 'rrn-certificate-untrusted',
  },
];
