import { describe, expect, it } from 'vitest';
import { checkCardIntegrity } from '../../../../../common/eid/integrity/check-card-integrity.ts';
import type {
  CardIntegrityReport,
  IntegrityCheckName,
} from '../../../../../common/eid/integrity/integrity-report.ts';
import { buildCardImage, cardIds } from '../../../../virtual-card/index.ts';
import { flipByte, realRootDers } from '../../pki/pki-fixture.ts';
import { integrityInput } from './card-fixture.ts';

/** `name → status` or `name → status:reason` of every check, for compact assertions. */
function summary(report: CardIntegrityReport): Record<string, string> {
  return Object.fromEntries(
    report.checks.map((c) => [c.name, c.status === 'passed' ? 'passed' : `${c.status}:${c.reason}`]),
  );
}

describe.each(cardIds())('checkCardIntegrity on %s', (id) => {
  const image = buildCardImage(id);
  const ec = image.pki.algorithm === 'p384';

  it('passes every check that applies', async () => {
    const report = await checkCardIntegrity(integrityInput(image));

    expect(report.outcome).toBe('passed');
    expect(summary(report)).toEqual({
      'rrn-certificate-chain': 'passed',
      'card-root': 'passed',
      'identity-signature': 'passed',
      'address-signature': 'passed',
      'photo-hash': 'passed',
      'basic-key-hash': ec ? 'passed' : 'not-checked:not-applicable',
    });
    const detail = (name: IntegrityCheckName): string | undefined =>
      report.checks.find((c) => c.name === name)?.detail;
    expect(detail('identity-signature')).toBe(ec ? 'ecdsa-sha384' : 'rsa-pkcs1-sha256');
    expect(detail('photo-hash')).toBe(ec ? 'SHA-384' : 'SHA-256');
  });
});

describe.each(['citizen-1.7', 'citizen-1.8'])('checkCardIntegrity tamper tests on %s', (id) => {
  const image = buildCardImage(id);
  const input = integrityInput(image);
  const ec = id.endsWith('1.8');

  it.each([
    [
      'identity file',
      { identityFile: flipByte(input.identityFile, 20) },
      { 'identity-signature': 'failed:signature-mismatch' },
    ],
    [
      'identity signature (value bytes)',
      { identitySignature: flipByte(input.identitySignature, 10) },
      { 'identity-signature': 'failed:signature-mismatch', 'address-signature': 'failed:signature-mismatch' },
    ],
    [
      'address file',
      { addressFile: flipByte(input.addressFile!, 3) },
      { 'address-signature': 'failed:signature-mismatch' },
    ],
    [
      'address signature',
      { addressSignature: flipByte(input.addressSignature!, 10) },
      { 'address-signature': 'failed:signature-mismatch' },
    ],
    ['photo', { photo: flipByte(input.photo!, 100) }, { 'photo-hash': 'failed:hash-mismatch' }],
    [
      'RRN certificate signature',
      { rrnCertificate: flipByte(image.pki.rrn.der, -1) },
      { 'rrn-certificate-chain': 'failed:bad-signature', 'card-root': 'not-checked:prerequisite-failed' },
    ],
  ] as const)(
    'flipping a byte of the %s fails exactly the checks that cover it',
    async (_name, change, failed) => {
      const report = await checkCardIntegrity({ ...input, ...change });

      expect(report.outcome).toBe('failed');
      expect(
        Object.entries(summary(report)).filter(
          ([, s]) => s !== 'passed' && s !== 'not-checked:not-applicable',
        ),
      ).toEqual(Object.entries(failed));
    },
  );

  if (ec) {
    it('fails the basic key hash when 4040 changes', async () => {
      const report = await checkCardIntegrity({ ...input, basicKeyFile: flipByte(input.basicKeyFile!, 50) });

      expect(summary(report)['basic-key-hash']).toBe('failed:hash-mismatch');
      expect(report.outcome).toBe('failed');
    });

    it('covers the identity signature padding: a non-zero padding byte breaks both signatures', async () => {
      const report = await checkCardIntegrity({
        ...input,
        identitySignature: flipByte(input.identitySignature, -1),
      });

      expect(summary(report)).toMatchObject({
        'identity-signature': 'failed:malformed',
        'address-signature': 'failed:signature-mismatch',
      });
    });
  }

  it('ignores extra zero padding after the address', async () => {
    const padded = new Uint8Array(input.addressFile!.length + 20);
    padded.set(input.addressFile!);

    const report = await checkCardIntegrity({ ...input, addressFile: padded });

    expect(report.outcome).toBe('passed');
  });

  it('reports the chain as untrusted under the real Belgian roots, and skips the root comparison', async () => {
    const report = await checkCardIntegrity({ ...input, trustAnchors: realRootDers() });

    expect(report.outcome).toBe('failed');
    expect(summary(report)).toMatchObject({
      'rrn-certificate-chain': 'failed:untrusted-root',
      'card-root': 'not-checked:prerequisite-failed',
      'identity-signature': 'passed',
    });
  });

  it('fails when the card root is not the anchor that issued the RRN certificate', async () => {
    const other = buildCardImage(ec ? 'citizen-1.7' : 'citizen-1.8').pki.root.der;

    const report = await checkCardIntegrity({ ...input, rootCertificate: other });

    expect(summary(report)['card-root']).toBe('failed:root-key-mismatch');
  });

  it('is incomplete, not failed, when optional files are not given', async () => {
    const report = await checkCardIntegrity({
      ...input,
      addressFile: undefined,
      photo: undefined,
      rootCertificate: undefined,
      basicKeyFile: undefined,
    });

    expect(report.outcome).toBe('incomplete');
    expect(summary(report)).toEqual({
      'rrn-certificate-chain': 'passed',
      'card-root': 'not-checked:input-missing',
      'identity-signature': 'passed',
      'address-signature': 'not-checked:input-missing',
      'photo-hash': 'not-checked:input-missing',
      'basic-key-hash': ec ? 'not-checked:input-missing' : 'not-checked:not-applicable',
    });
  });

  it('reports a zero-filled RRN certificate file as malformed instead of throwing', async () => {
    const report = await checkCardIntegrity({ ...input, rrnCertificate: new Uint8Array(2500) });

    expect(summary(report)).toMatchObject({
      'rrn-certificate-chain': 'failed:malformed',
      'identity-signature': 'failed:malformed',
      'address-signature': 'failed:malformed',
      'photo-hash': 'passed',
    });
  });
});
