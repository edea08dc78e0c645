import { describe, expect, it } from 'vitest';
import { BelpicError } from '../../../../native/belpic/belpic-error.ts';
import { readCardFile } from '../../../../native/belpic/read-card-file.ts';
import { scriptHex } from '../../../support/scripted-card.ts';
import { APPLET_17, APPLET_18, rejection, scripted } from './scripted.ts';

describe('reading files with the fewest APDUs (belpic-protocol.md §3)', () => {
  it('re-reads with the exact Le after 6Cxx and returns the whole identity file', async () => {
    const { card, selector } = scripted('read-identity-wrong-le');
    const file = await readCardFile(card, selector, APPLET_18, 'identity');
    card.assertFinished();
    expect(file?.length).toBe(176);
    expect(file?.subarray(0, 2)).toEqual(Uint8Array.of(0x01, 0x0c));
    expect(file?.subarray(-2)).toEqual(Uint8Array.of(0xaa, 0xaa));
  });

  it('stops a certificate at its DER length and never reads the padding', async () => {
    const { card, selector } = scripted('read-certificate');
    const der = await readCardFile(card, selector, APPLET_18, 'authenticationCertificate');
    card.assertFinished();
    expect(der?.length).toBe(656);
    expect(der).toEqual(scriptHex('30 82 02 8C C1*252 C2*256 C3*144'));
  });

  it('reports a zero-filled certificate file as absent after one block', async () => {
    const { card, selector } = scripted('read-absent-certificate');
    expect(await readCardFile(card, selector, APPLET_17, 'signingCertificate')).toBeUndefined();
    card.assertFinished();
  });

  it('reads a file that is a multiple of 256 bytes until 6B00', async () => {
    const { card, selector } = scripted('read-whole-file-end');
    const photo = await readCardFile(card, selector, APPLET_18, 'photo');
    card.assertFinished();
    expect(photo?.length).toBe(512);
    expect(photo?.subarray(-2)).toEqual(Uint8Array.of(0xff, 0xd9));
  });

  it('re-selects the applet once after 6A82, then before every file, and strips address padding', async () => {
    const { card, selector } = scripted('read-reselect-applet');
    const address = await readCardFile(card, selector, APPLET_17, 'address');
    const signature = await readCardFile(card, selector, APPLET_17, 'addressSignature');
    card.assertFinished();
    expect(address?.length).toBe(44);
    expect(signature?.length).toBe(256);
  });

  it('refuses the basic key on an applet without one, before sending anything', async () => {
    const { card, selector } = scripted('read-absent-certificate');
    const error = await rejection(readCardFile(card, selector, APPLET_17, 'basicKey'));
    expect((error as BelpicError).code).toBe('not-supported-by-applet');
    expect(card.sent).toEqual([]);
  });
});
