import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BelpicCard } from '../../../../native/belpic/belpic-card.ts';
import type { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { CARD_FILES, type CardFileName } from '../../../../native/belpic/card-files.ts';
import { buildCardImage, cardIds, InProcessCardChannel, VirtualCard } from '../../../virtual-card/index.ts';
import { rejection } from './scripted.ts';
import { pinDigits, signWithBothKeys, verifiesWithCertificate } from '../../../support/card-signatures.ts';

/**
 * The library against the virtual card in-process, for every profile and both applets. The
 * expectations come from the card image (what the emulator stored), and signatures are
 * checked with Node's crypto against the certificate the library read: neither side's
 * protocol code is used to judge the other.
 */
function open(id: string): { card: VirtualCard; channel: InProcessCardChannel } {
  const card = new VirtualCard(buildCardImage(id), { pin: '1234' });
  return { card, channel: new InProcessCardChannel(card) };
}

const ALL_FILES = Object.keys(CARD_FILES) as CardFileName[];

describe.each(cardIds())('BelpicCard on the in-process virtual card %s', (id) => {
  it('identifies the applet and the PIN tries', async () => {
    const { card, channel } = open(id);
    const eid = await BelpicCard.open(channel);
    expect(eid.applet.version).toBe(id.slice(-3));
    expect(eid.identification.cardData.serial).toEqual(card.image.serial);
    const tries = card.image.pinTriesLeft;
    expect(eid.identification.pinStatus).toEqual(
      tries === 0 ? { kind: 'blocked' } : { kind: 'tries-left', triesLeft: tries },
    );
  });

  it('reads every file the applet has, byte-equal to the card image, padding rules applied', async () => {
    const { card, channel } = open(id);
    const eid = await BelpicCard.open(channel);
    const names = ALL_FILES.filter((name) => !CARD_FILES[name].needsBasicKey || eid.applet.basicKey);
    const files = await eid.readFiles(names);
    const id4031 = card.image.files.id;
    expect(files.identity).toEqual(id4031.get(0x4031));
    expect(files.identitySignature).toEqual(id4031.get(0x4032));
    expect(files.addressSignature).toEqual(id4031.get(0x4034));
    expect(files.photo).toEqual(id4031.get(0x4035));
    const address = id4031.get(0x4033) as Uint8Array;
    expect(files.address).toEqual(address.subarray(0, files.address?.length));
    expect(address.subarray(files.address?.length).every((b) => b === 0)).toBe(true);
    expect(files.authenticationCertificate).toEqual(card.image.certificates.authentication.der);
    expect(files.signingCertificate).toEqual(card.image.certificates.signing?.der);
    expect(files.rrnCertificate).toEqual(card.image.pki.rrn.der);
    if (eid.applet.basicKey) expect(files.basicKey).toEqual(id4031.get(0x4040));
  });

  it('reads only what is asked for', async () => {
    const { card, channel } = open(id);
    const eid = await BelpicCard.open(channel);
    const before = card.trace.count;
    await eid.readFiles(['identity']);
    const selects = card.trace.entries.slice(before).filter((e) => e.command[1] === 0xa4);
    expect(selects).toHaveLength(1);
  });
});

describe.each(['citizen-1.7', 'citizen-1.8', 'foreigner-1.8'])('signing on %s', (id) => {
  const hash = id.endsWith('1.7') ? 'SHA-256' : 'SHA-384';
  const node = hash.replace('-', '').toLowerCase();
  const message = new TextEncoder().encode('account application');
  const digest = new Uint8Array(createHash(node).update(message).digest());

  it('signs with both keys; each signature verifies with the certificate read from the card', async () => {
    const { channel } = open(id);
    const eid = await BelpicCard.open(channel);
    const files = await eid.readFiles(['authenticationCertificate', 'signingCertificate']);
    const { authentication: auth, nonRepudiation: nonRep } = await signWithBothKeys(eid, hash, digest);
    expect(verifiesWithCertificate(files.authenticationCertificate!, message, auth, node)).toBe(true);
    expect(verifiesWithCertificate(files.signingCertificate!, message, nonRep, node)).toBe(true);
    expect(verifiesWithCertificate(files.authenticationCertificate!, message, nonRep, node)).toBe(false);
  });

  it('signs for authentication again without the PIN in the same session', async () => {
    const { channel } = open(id);
    const eid = await BelpicCard.open(channel);
    await eid.verifyPin({ kind: 'digits', digits: pinDigits('1234') });
    await expect(eid.sign({ key: 'authentication', hash, digest })).resolves.toHaveLength(
      eid.applet.signatureLength,
    );
  });

  it('reports the wrong PIN with tries left and spends exactly one try', async () => {
    const { card, channel } = open(id);
    const eid = await BelpicCard.open(channel);
    const error = (await rejection(
      eid.verifyPin({ kind: 'digits', digits: pinDigits('4321') }),
    )) as BelpicError;
    expect([error.code, error.details.triesLeft]).toEqual(['wrong-pin', 2]);
    expect(card.pinState.triesLeft).toBe(2);
    expect(await eid.pinStatus()).toEqual({ kind: 'tries-left', triesLeft: 2 });
  });
});

describe('the chip proves its basic key (1.8)', () => {
  it('INTERNAL AUTHENTICATE verifies with the key in 4040 over a challenge that is SHA-384(message)', async () => {
    const { channel } = open('citizen-1.8');
    const eid = await BelpicCard.open(channel);
    const { basicKey } = await eid.readFiles(['basicKey']);
    const message = randomBytes(32);
    const challenge = new Uint8Array(createHash('sha384').update(message).digest());
    const signature = await eid.authenticateChip(challenge);
    const key = createPublicKey({ key: Buffer.from(basicKey!), format: 'der', type: 'spki' });
    expect(verify('sha384', message, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
  });
});

describe('cards that cannot do everything', () => {
  it('Kids-ID: no signing certificate and MSE SET with key 83 answers key-not-found', async () => {
    const { channel } = open('kids-1.8');
    const eid = await BelpicCard.open(channel);
    const files = await eid.readFiles(['signingCertificate']);
    expect(files.signingCertificate).toBeUndefined();
    const error = (await rejection(
      eid.sign({
        key: 'nonRepudiation',
        hash: 'SHA-384',
        digest: new Uint8Array(48),
        pin: { kind: 'digits', digits: pinDigits('1234') },
      }),
    )) as BelpicError;
    expect(['key-not-found', 'conditions-not-satisfied']).toContain(error.code);
  });

  it('blocked PIN: VERIFY answers pin-blocked', async () => {
    const { channel } = open('pin-blocked-1.7');
    const eid = await BelpicCard.open(channel);
    expect(eid.identification.pinStatus).toEqual({ kind: 'blocked' });
    const error = (await rejection(
      eid.verifyPin({ kind: 'digits', digits: pinDigits('1234') }),
    )) as BelpicError;
    expect(error.code).toBe('pin-blocked');
  });
});
