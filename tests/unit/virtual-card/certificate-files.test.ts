import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derObject, image, isZeroFrom, newCard, readFile } from './apdu-helpers.ts';
import { text, tlvMap } from './tlv-parser.ts';

/** Certificate files of belpic-protocol.md §2.1 (padding, absent certificates) and §10 (chain, subjects). */
const PADDING = {
  '1.7': { '5038': 50, '5039': 50, '503A': 50, '503B': 0, '503C': 0 },
  '1.8': { '5038': 1100, '5039': 1100, '503A': 1100, '503B': 1100, '503C': 1100 },
} as const;

function subjectField(certificate: X509Certificate, name: string): string | undefined {
  return certificate.subject
    .split('\n')
    .find((line) => line.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

describe.each(['1.7', '1.8'] as const)('certificate files (applet %s)', (applet) => {
  it.each(['5038', '5039', '503A', '503B', '503C'] as const)(
    'pads %s with the zero bytes of §2.1',
    async (fid) => {
      const file = await readFile(newCard(`citizen-${applet}`), `3F00 DF00 ${fid}`);

      const der = derObject(file);

      expect(file[0]).toBe(0x30);
      expect(file[1]).toBe(0x82);
      expect(file.length - der.length).toBe(PADDING[applet][fid]);
      expect(isZeroFrom(file, der.length)).toBe(true);
    },
  );

  it('holds the image certificates: 5038/5039 the holder, 503A the issuing CA, 503B the root, 503C the RRN', async () => {
    const card = newCard(`foreigner-${applet}`);
    const { certificates, pki } = image(`foreigner-${applet}`);

    const read = async (fid: string) => derObject(await readFile(card, `3F00 DF00 ${fid}`));

    expect(await read('5038')).toEqual(certificates.authentication.der);
    expect(await read('5039')).toEqual(certificates.signing!.der);
    expect(await read('503A')).toEqual(pki.foreignerCa.der);
    expect(await read('503B')).toEqual(pki.root.der);
    expect(await read('503C')).toEqual(pki.rrn.der);
  });

  it.each(['kids', 'no-signing-cert'])(
    'fills an absent signing certificate with zeros (%s)',
    async (profile) => {
      const file = await readFile(newCard(`${profile}-${applet}`), '3F00 DF00 5039');

      expect(file.length).toBe(applet === '1.7' ? 1300 : 2500);
      expect(isZeroFrom(file, 0)).toBe(true);
    },
  );

  it('chains 5038/5039 to 503A, and 503A and 503C to the root in 503B (§10 card chain)', async () => {
    const card = newCard(`citizen-${applet}`);
    const cert = async (fid: string) =>
      new X509Certificate(derObject(await readFile(card, `3F00 DF00 ${fid}`)));
    const [auth, sign, ca, root, rrn] = [
      await cert('5038'),
      await cert('5039'),
      await cert('503A'),
      await cert('503B'),
      await cert('503C'),
    ];

    expect(auth.verify(ca.publicKey)).toBe(true);
    expect(sign.verify(ca.publicKey)).toBe(true);
    expect(ca.verify(root.publicKey)).toBe(true);
    expect(rrn.verify(root.publicKey)).toBe(true);
    expect(root.verify(root.publicKey)).toBe(true);
    expect(auth.publicKey.asymmetricKeyType).toBe(applet === '1.7' ? 'rsa' : 'ec');
  });

  it.each(['citizen', 'foreigner', 'kids'])(
    'puts the identity national number in the subject serialNumber of the %s certificates',
    async (profile) => {
      const card = newCard(`${profile}-${applet}`);
      const nationalNumber = text(tlvMap(await readFile(card, '3F00 DF01 4031')).get(0x06));
      const auth = new X509Certificate(derObject(await readFile(card, '3F00 DF00 5038')));
      const signFile = await readFile(card, '3F00 DF00 5039');

      expect(subjectField(auth, 'serialNumber')).toBe(nationalNumber);
      expect(subjectField(auth, 'C')).toBe('BE');
      expect(subjectField(auth, 'CN')).toMatch(/ \(Authentication\)$/);
      if (signFile[0] !== 0) {
        const sign = new X509Certificate(derObject(signFile));
        expect(subjectField(sign, 'serialNumber')).toBe(nationalNumber);
        expect(subjectField(sign, 'CN')).toMatch(/ \(Signature\)$/);
      }
    },
  );
});
