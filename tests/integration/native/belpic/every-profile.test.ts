import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import { CARD_FILES, type CardFileName } from '../../../../native/belpic/card-files.ts';
import type { PcscService } from '../../../../native/pcsc/index.ts';
import { parseIdentityFile } from '../../../../common/eid/identity-file.ts';
import { checkCardIntegrity } from '../../../../common/eid/integrity/check-card-integrity.ts';
import { cardIds } from '../../../virtual-card/index.ts';
import { insertCard, startService } from '../pcsc/helpers.ts';

/**
 * The card library through the real stack: PcscService (pcsclite) → pcscd → vpcd → the
 * virtual card, for both applets and every profile. Expectations come from the card image,
 * never from the library.
 */
let service: PcscService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

const ALL: CardFileName[] = Object.keys(CARD_FILES) as CardFileName[];

describe.each(cardIds())('%s through pcscd', (id) => {
  it('identifies, reads every file and verifies the identity integrity', async () => {
    const inserted = await insertCard(service, id, 0);
    const connection = await service.connect(inserted.reader);
    try {
      const eid = await BelpicCard.open(connection);
      expect(eid.applet.version).toBe(id.slice(-3));
      const tries = inserted.card.image.pinTriesLeft;
      expect(eid.identification.pinStatus).toEqual(
        tries === 0 ? { kind: 'blocked' } : { kind: 'tries-left', triesLeft: tries },
      );
      const files = await eid.readFiles(
        ALL.filter((name) => !CARD_FILES[name].needsBasicKey || eid.applet.basicKey),
      );
      const image = inserted.card.image;
      expect(files.identity).toEqual(image.files.id.get(0x4031));
      expect(files.photo).toEqual(image.files.id.get(0x4035));
      expect(files.authenticationCertificate).toEqual(image.certificates.authentication.der);
      expect(files.signingCertificate).toEqual(image.certificates.signing?.der);
      const { identity } = parseIdentityFile(files.identity!);
      expect(identity.nationalNumber).toBe(image.nationalNumber);
      const report = await checkCardIntegrity({
        identityFile: files.identity!,
        identitySignature: files.identitySignature!,
        addressFile: files.address,
        addressSignature: files.addressSignature,
        photo: files.photo,
        basicKeyFile: files.basicKey,
        rrnCertificate: files.rrnCertificate!,
        rootCertificate: files.rootCertificate,
        photoHash: identity.photoHash.bytes,
        basicKeyHash: identity.basicKeyHash,
        trustAnchors: [image.pki.root.der],
        now: new Date(Date.UTC(2026, 0, 1)),
      });
      expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
      expect(report.outcome).toBe('passed');
    } finally {
      await connection.disconnect();
      await inserted.remove();
    }
  });
});
