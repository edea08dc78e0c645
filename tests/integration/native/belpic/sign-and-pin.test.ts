import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import type { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import type { PcscService } from '../../../../native/pcsc/index.ts';
import { insertCard, startService, type Inserted } from '../pcsc/helpers.ts';
import {
  pinDigits as digits,
  signWithBothKeys,
  verifiesWithCertificate,
} from '../../../support/card-signatures.ts';

let service: PcscService;
let inserted: Inserted | undefined;
beforeAll(async () => {
  service = await startService();
});
afterEach(async () => {
  if (inserted?.client.connected) await inserted.remove();
  inserted = undefined;
});
afterAll(async () => {
  await service.close();
});

describe.each([
  ['citizen-1.7', 'SHA-256', 'sha256'],
  ['citizen-1.8', 'SHA-384', 'sha384'],
] as const)('signing on %s through pcscd', (id, hash, nodeHash) => {
  const message = new TextEncoder().encode('{"application":"eid-wizard"}');
  const digest = new Uint8Array(createHash(nodeHash).update(message).digest());

  it('wrong PIN once (one VERIFY, tries left shown), then the right PIN signs with both keys', async () => {
    inserted = await insertCard(service, id, 0);
    const connection = await service.connect(inserted.reader);
    try {
      const eid = await BelpicCard.open(connection);
      const { authenticationCertificate, signingCertificate } = await eid.readFiles([
        'authenticationCertificate',
        'signingCertificate',
      ]);
      const verifiesWith = (der: Uint8Array, signature: Uint8Array): boolean =>
        verifiesWithCertificate(der, message, signature, nodeHash);
      const verifiesBefore = inserted.card.trace.byInstruction().get('VERIFY') ?? 0;
      const wrong = (await eid
        .sign({ key: 'nonRepudiation', hash, digest, pin: { kind: 'digits', digits: digits('9999') } })
        .catch((e: unknown) => e)) as BelpicError;
      expect([wrong.code, wrong.details.triesLeft]).toEqual(['wrong-pin', 2]);
      expect((inserted.card.trace.byInstruction().get('VERIFY') ?? 0) - verifiesBefore).toBe(1);
      expect(await eid.pinStatus()).toEqual({ kind: 'tries-left', triesLeft: 2 });

      const { authentication: auth, nonRepudiation: nonRep } = await signWithBothKeys(eid, hash, digest);
      expect(verifiesWith(signingCertificate!, nonRep)).toBe(true);
      expect(verifiesWith(authenticationCertificate!, auth)).toBe(true);
      const commands = inserted.card.trace.commandsHex();
      const pso = commands.findLastIndex((c) => c.startsWith('00 2A 9E 9A'));
      expect(commands.slice(pso - 2, pso).map((c) => c.slice(0, 5))).toEqual(['00 22', '00 20']);
    } finally {
      await connection.disconnect();
    }
  });

  it('leaving a session that verified the PIN resets the card: the next session needs the PIN again', async () => {
    inserted = await insertCard(service, id, 0);
    const first = await service.connect(inserted.reader);
    const eid = await BelpicCard.open(first);
    await eid.verifyPin({ kind: 'digits', digits: digits('1234') });
    await expect(eid.sign({ key: 'authentication', hash, digest })).resolves.toBeInstanceOf(Uint8Array);
    await first.disconnect();

    const second = await service.connect(inserted.reader);
    try {
      const again = await BelpicCard.open(second);
      const error = (await again
        .sign({ key: 'authentication', hash, digest })
        .catch((e: unknown) => e)) as BelpicError;
      expect(error.code).toBe('security-status-not-satisfied');
    } finally {
      await second.disconnect();
    }
  });
});
