import { describe, expect, it } from 'vitest';
import { BELGIAN_ROOTS } from '../../../../common/pki/belgian-roots.ts';
import { encodePem } from '../../../../common/pki/pem.ts';
import { loadPinnedTrustAnchors } from '../../../../common/pki/trust-anchors.ts';
import { verifyCertificateChain } from '../../../../common/pki/verify-certificate-chain.ts';
import { buildCardImage } from '../../../virtual-card/index.ts';
import { cardNow, flipByte, realRootPems } from './pki-fixture.ts';

const image = buildCardImage('citizen-1.8');
const testRoot = image.pki.root.der;

describe('loadPinnedTrustAnchors (pki-and-signing.md §3.5)', () => {
  it('accepts the four PEM files of resources/trust, each matched to its pin', async () => {
    const { accepted, rejected } = await loadPinnedTrustAnchors(realRootPems());

    expect(rejected).toEqual([]);
    expect(accepted.map((a) => [a.origin, a.pin?.file, a.certificate.subject.commonName])).toEqual(
      BELGIAN_ROOTS.map((root) => ['pinned', root.file, root.commonName]),
    );
    expect(accepted.map((a) => a.certificate.sha256)).toEqual(BELGIAN_ROOTS.map((root) => root.sha256));
  });

  it('accepts a PEM bundle holding all four roots', async () => {
    const { accepted } = await loadPinnedTrustAnchors([realRootPems().join('\n')]);

    expect(accepted).toHaveLength(4);
  });

  it('rejects the virtual card test root among the pinned sources, as DER or PEM', async () => {
    const { accepted, rejected } = await loadPinnedTrustAnchors([
      testRoot,
      encodePem(testRoot),
      ...realRootPems(),
    ]);

    expect(accepted).toHaveLength(4);
    expect(rejected).toEqual([
      expect.objectContaining({ source: 0, list: 'pinned', reason: 'not-pinned' }),
      expect.objectContaining({ source: 1, list: 'pinned', reason: 'not-pinned' }),
    ]);
  });

  it('accepts the test root only through the explicit testRoots option', async () => {
    const { accepted, rejected } = await loadPinnedTrustAnchors(realRootPems(), { testRoots: [testRoot] });

    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.origin)).toEqual(['pinned', 'pinned', 'pinned', 'pinned', 'test']);
    expect(accepted[4]).toMatchObject({ der: testRoot, pin: undefined });
  });

  it('rejects malformed sources and non-CA test roots without throwing', async () => {
    const { accepted, rejected } = await loadPinnedTrustAnchors(['not a PEM', flipByte(testRoot, 1, 0x80)], {
      testRoots: [image.certificates.authentication.der],
    });

    expect(accepted).toEqual([]);
    expect(rejected.map((r) => [r.list, r.source, r.reason])).toEqual([
      ['pinned', 0, 'malformed'],
      ['pinned', 1, 'malformed'],
      ['test', 0, 'not-a-ca'],
    ]);
  });

  it('gives anchors that verify the card chain only when the test root is configured', async () => {
    const production = await loadPinnedTrustAnchors(realRootPems());
    const withTest = await loadPinnedTrustAnchors(realRootPems(), { testRoots: [encodePem(testRoot)] });
    const input = {
      leaf: image.certificates.authentication.der,
      intermediates: [image.pki.citizenCa.der],
      now: cardNow(image),
    };

    const untrusted = await verifyCertificateChain({
      ...input,
      trustAnchors: production.accepted.map((a) => a.der),
    });
    const trusted = await verifyCertificateChain({
      ...input,
      trustAnchors: withTest.accepted.map((a) => a.der),
    });

    expect(untrusted).toMatchObject({ ok: false, reason: 'untrusted-root' });
    expect(trusted).toMatchObject({ ok: true, trustAnchorIndex: 4 });
  });
});
