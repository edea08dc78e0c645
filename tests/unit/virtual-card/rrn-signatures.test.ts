import { constants, verify, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VirtualCard } from '../../virtual-card/index.ts';
import { concat, derObject, isZeroFrom, newCard, readFile, stripTrailingZeros } from './apdu-helpers.ts';
import { tlvMap } from './tlv-parser.ts';

/**
 * RRN file signatures, verified with the eid-viewer recipe of belpic-protocol.md §5.2 using the
 * key of the 503C certificate: identity signature over 4031 as read, address signature over
 * stripped(4033) ‖ 4032 as read (§5.1).
 */
interface CardFiles {
  rrn: X509Certificate;
  identity: Uint8Array;
  identitySignature: Uint8Array;
  address: Uint8Array;
  addressSignature: Uint8Array;
}

async function readCardFiles(card: VirtualCard): Promise<CardFiles> {
  return {
    rrn: new X509Certificate(derObject(await readFile(card, '3F00 DF00 503C'))),
    identity: await readFile(card, '3F00 DF01 4031'),
    identitySignature: await readFile(card, '3F00 DF01 4032'),
    address: await readFile(card, '3F00 DF01 4033'),
    addressSignature: await readFile(card, '3F00 DF01 4034'),
  };
}

/** §5.2 recipe: EC → SHA-384 over the DER part of the file; RSA → PKCS#1 v1.5 with the hash implied by the photo hash length. */
function verifyRrn(files: CardFiles, data: Uint8Array, signatureFile: Uint8Array): boolean {
  const key = files.rrn.publicKey;
  if (key.asymmetricKeyType === 'ec') {
    return verify('sha384', data, { key, dsaEncoding: 'der' }, derObject(signatureFile));
  }
  const photoHashLength = tlvMap(files.identity).get(0x11)!.length;
  const hash = { 20: 'sha1', 32: 'sha256', 48: 'sha384' }[photoHashLength as 20 | 32 | 48];
  return verify(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signatureFile);
}

describe.each(['citizen-1.7', 'foreigner-1.7', 'kids-1.7', 'citizen-1.8', 'foreigner-1.8', 'kids-1.8'])(
  'RRN signatures (%s)',
  (id) => {
    const ec = id.endsWith('1.8');

    it(`uses a ${ec ? 'P-384' : 'RSA-2048'} RRN key`, async () => {
      const { rrn } = await readCardFiles(newCard(id));

      expect(rrn.publicKey.asymmetricKeyType).toBe(ec ? 'ec' : 'rsa');
      if (ec) expect(rrn.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
      else expect(rrn.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    });

    it('signs the whole identity file as read', async () => {
      const files = await readCardFiles(newCard(id));

      expect(verifyRrn(files, files.identity, files.identitySignature)).toBe(true);
    });

    it('signs the stripped address followed by the full identity signature file', async () => {
      const files = await readCardFiles(newCard(id));

      const signed = concat(stripTrailingZeros(files.address), files.identitySignature);

      expect(verifyRrn(files, signed, files.addressSignature)).toBe(true);
    });

    it('does not verify over a tampered identity file', async () => {
      const files = await readCardFiles(newCard(id));
      const tampered = files.identity.slice();
      tampered[5] = tampered[5]! ^ 0x01;

      expect(verifyRrn(files, tampered, files.identitySignature)).toBe(false);
    });

    if (ec) {
      it('stores DER signatures zero padded; the address input needs the padded identity signature', async () => {
        const files = await readCardFiles(newCard(id));
        const identityDer = derObject(files.identitySignature);

        const withDerOnly = concat(stripTrailingZeros(files.address), identityDer);

        expect(identityDer.length).toBeLessThan(files.identitySignature.length);
        expect(isZeroFrom(files.identitySignature, identityDer.length)).toBe(true);
        expect(isZeroFrom(files.addressSignature, derObject(files.addressSignature).length)).toBe(true);
        expect(verifyRrn(files, withDerOnly, files.addressSignature)).toBe(false);
      });
    } else {
      it('stores 256-byte PKCS#1 signatures', async () => {
        const files = await readCardFiles(newCard(id));

        expect([files.identitySignature.length, files.addressSignature.length]).toEqual([256, 256]);
      });
    }
  },
);
