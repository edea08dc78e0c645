import { describe, expect, it } from 'vitest';
import { image, newCard, readBinary, readCurrentFile, send, sw } from './apdu-helpers.ts';

/** SELECT FILE in every host form of belpic-protocol.md §2.2 and the emulator rules of §12.2. */
describe.each(['citizen-1.7', 'citizen-1.8'])('SELECT FILE (%s)', (id) => {
  const identity = (): Uint8Array => image(id).files.id.get(0x4031)!;
  const odf = (): Uint8Array => image(id).files.belpic.get(0x5031)!;

  it('selects the identity file with the eid-mw P1=02 chain 3F00, DF01, 4031', async () => {
    const card = newCard(id);

    const answers = [
      await sw(card, '00 A4 02 0C 02 3F 00'),
      await sw(card, '00 A4 02 0C 02 DF 01'),
      await sw(card, '00 A4 02 0C 02 40 31'),
    ];

    expect(answers).toEqual(['9000', '9000', '9000']);
    expect(await readCurrentFile(card)).toEqual(identity());
  });

  it('selects another EF of the current DF directly with P1=02 (the DF stays current)', async () => {
    const card = newCard(id);
    await sw(card, '00 A4 02 0C 02 3F 00');
    await sw(card, '00 A4 02 0C 02 DF 01');
    await sw(card, '00 A4 02 0C 02 40 33');

    const status = await sw(card, '00 A4 02 0C 02 40 31');

    expect(status).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(identity());
  });

  it('answers 6A82 to P1=02 with an EF FID that is not in the current DF (MF after reset)', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 A4 02 0C 02 40 31')).toBe('6A82');
  });

  it('makes the MF current after reset: P1=02 2F00 works, P1=02 4031 does not', async () => {
    const card = newCard(id);
    await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31');

    card.reset();

    expect(await sw(card, '00 A4 02 0C 02 40 31')).toBe('6A82');
    expect(await sw(card, '00 A4 02 0C 02 2F 00')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(image(id).files.root.get(0x2f00)!);
  });

  it.each([
    ['P1=08 with an odd path length', '00 A4 08 0C 03 3F 00 DF'],
    ['P1=02 with 4 bytes', '00 A4 02 0C 04 3F 00 DF 01'],
  ])('answers 6A87 when Lc is inconsistent with P1-P2 (%s)', async (_name, apdu) => {
    expect(await sw(newCard(id), apdu)).toBe('6A87');
  });

  it('selects the MF with P1=02 3F00 from inside a DF, and DF00 from inside DF01', async () => {
    const card = newCard(id);
    await sw(card, '00 A4 08 0C 04 3F 00 DF 01');

    expect(await sw(card, '00 A4 02 0C 02 DF 00')).toBe('9000');
    expect(await sw(card, '00 A4 02 0C 02 50 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(odf());
    expect(await sw(card, '00 A4 02 0C 02 3F 00')).toBe('9000');
    expect(await sw(card, '00 A4 02 0C 02 2F 00')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(image(id).files.root.get(0x2f00)!);
  });

  it('selects by path with P1=08 with the leading 3F00 (minidriver, commons-eid, OpenSC)', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(identity());
  });

  it('selects by path with P1=08 without 3F00 (manual form, macOS token)', async () => {
    const card = newCard(id);
    await sw(card, '00 A4 08 0C 04 DF 00 50 31');

    expect(await sw(card, '00 A4 08 0C 04 DF 01 40 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(identity());
  });

  it.each(['00', '0C'])('selects the applet AID with P2=%s: 9000 and no FCI', async (p2) => {
    const card = newCard(id);

    const r = await send(card, `00 A4 04 ${p2} 0F A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF`);

    expect(r.sw).toBe('9000');
    expect(r.data.length).toBe(0);
  });

  it('selects DF(BELPIC) by its AID, then its EFs by FID', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 A4 04 0C 0C A0 00 00 01 77 50 4B 43 53 2D 31 35')).toBe('9000');
    expect(await sw(card, '00 A4 02 0C 02 50 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(odf());
  });

  it('selects DF(ID) by its AID, then its EFs by FID', async () => {
    const card = newCard(id);

    expect(await sw(card, '00 A4 04 0C 0C A0 00 00 01 77 49 64 46 69 6C 65 73')).toBe('9000');
    expect(await sw(card, '00 A4 02 0C 02 40 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(identity());
  });

  it.each([
    ['P1=02 P2=00', '00 A4 02 00 02 3F 00'],
    ['P1=08 P2=00', '00 A4 08 00 06 3F 00 DF 01 40 31'],
    ['P1=08 P2=04', '00 A4 08 04 06 3F 00 DF 01 40 31'],
    ['P1=04 P2=04 (DF AID)', '00 A4 04 04 0C A0 00 00 01 77 50 4B 43 53 2D 31 35'],
  ])('answers 6A86 to a wrong P1-P2 (%s)', async (_name, apdu) => {
    const card = newCard(id);

    expect(await sw(card, apdu)).toBe('6A86');
  });

  it.each([
    ['unknown EF by path', '00 A4 08 0C 06 3F 00 DF 01 40 99'],
    ['unknown DF by path', '00 A4 08 0C 04 DF 07 40 31'],
    ['EF in the wrong DF', '00 A4 08 0C 06 3F 00 DF 00 40 31'],
    ['unknown FID', '00 A4 02 0C 02 12 34'],
    ['unknown AID', '00 A4 04 0C 07 A0 00 00 00 99 99 99'],
  ])('answers 6A82 when the file is not found (%s)', async (_name, apdu) => {
    const card = newCard(id);

    expect(await sw(card, apdu)).toBe('6A82');
  });

  it('leaves the applet on SELECT of the empty AID and comes back on SELECT of the applet AID', async () => {
    const card = newCard(id);
    const manager = await send(card, '00 A4 04 00 00');

    const whileAway = {
      cardData: await sw(card, '80 E4 00 00 1C'),
      selectFile: await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31'),
    };
    const back = await sw(card, '00 A4 04 0C 0F A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF');

    expect(manager.sw1).toBe(0x90);
    expect(whileAway).toEqual({ cardData: '6D00', selectFile: '6A82' });
    expect(back).toBe('9000');
    expect((await readBinary(card, 0, 0x10)).sw).toBe('6986'); // §11: re-SELECT makes the MF current
    expect(await sw(card, '00 A4 08 0C 06 3F 00 DF 01 40 31')).toBe('9000');
    expect(await readCurrentFile(card)).toEqual(identity());
  });
});
