import { describe, expect, it } from 'vitest';
import { trimCertificateFile } from '../../../../common/der/card-file-trim.ts';
import type { CertificatePurpose } from '../../../../common/pki/certificate-purpose.ts';
import { verifyCertificateChain } from '../../../../common/pki/verify-certificate-chain.ts';
import { FID } from '../../../virtual-card/applet/file-system.ts';
import { buildCardImage, cardIds } from '../../../virtual-card/index.ts';
import { cardNow, realRootDers } from './pki-fixture.ts';

/** Leaf certificate files of a card and the purpose each must serve (pki-and-signing.md §2.2, §3.6). */
const LEAVES: readonly (readonly [string, number, CertificatePurpose])[] = [
  ['authentication', FID.CERT_AUTH, 'authentication'],
  ['signing', FID.CERT_SIGN, 'signing'],
  ['RRN', FID.CERT_RRN, 'rrn'],
];

describe.each(cardIds())('certificate chains of %s', (id) => {
  const image = buildCardImage(id);
  const now = cardNow(image);
  const file = (fid: number): Uint8Array | undefined => trimCertificateFile(image.files.belpic.get(fid)!);
  const cardCa = file(FID.CERT_CA)!;
  const cardRoot = file(FID.CERT_ROOT)!;

  for (const [name, fid, purpose] of LEAVES) {
    const leaf = file(fid);
    if (leaf === undefined) {
      it(`has no ${name} certificate`, () => {
        expect(image.profile.withSigningCertificate).toBe(false);
        expect(name).toBe('signing');
      });
      continue;
    }

    it(`${name} certificate chains to the image's test root`, async () => {
      const result = await verifyCertificateChain({
        leaf,
        intermediates: [cardCa],
        trustAnchors: [image.pki.root.der],
        now,
        purpose,
      });

      expect(result).toMatchObject({ ok: true, trustAnchorIndex: 0 });
      const path = result.ok ? result.path.map((c) => c.der) : [];
      expect(path).toEqual(name === 'RRN' ? [leaf, image.pki.root.der] : [leaf, cardCa, image.pki.root.der]);
    });

    it(`${name} certificate is untrusted under the real Belgian roots`, async () => {
      const result = await verifyCertificateChain({
        leaf,
        intermediates: [cardCa],
        trustAnchors: realRootDers(),
        now,
        purpose,
      });

      expect(result).toMatchObject({ ok: false, reason: 'untrusted-root' });
    });

    it(`${name} certificate stays untrusted when the card's own root is offered as an intermediate`, async () => {
      const result = await verifyCertificateChain({
        leaf,
        intermediates: [cardCa, cardRoot],
        trustAnchors: realRootDers(),
        now,
        purpose,
      });

      expect(result).toMatchObject({
        ok: false,
        reason: 'untrusted-root',
        at: { role: 'intermediate', index: 1 },
      });
    });
  }
});
