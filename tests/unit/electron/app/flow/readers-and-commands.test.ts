import { describe, expect, it } from 'vitest';
import {
  CONTACT,
  expectRefused,
  expectWiped,
  finishFromAuthenticatePin,
  toAuthenticatePin,
  toDetails,
} from './helpers/drive-flow.ts';
import { flowHarnessPerTest } from '../../../../support/flow-harness-per-test.ts';

/**
 * Readers and the PC/SC service (registration-flow.md steps 1–2), and commands the person
 * cannot give in the current step (the renderer is untrusted: the flow refuses them itself).
 */
const startHarness = flowHarnessPerTest();

describe('readers', () => {
  it('lists two readers holding an eID and reads the one the person chooses', async () => {
    const h = await startHarness();
    const second = h.addReader('Virtual Reader 01');
    h.insert('citizen-1.7');
    second.insert('citizen-1.8');
    await h.flow.start();
    expect(h.flow.snapshot).toEqual(
      expect.objectContaining({
        step: 'waitingForCard',
        readers: [
          { name: 'Virtual Reader 00', card: 'eid' },
          { name: 'Virtual Reader 01', card: 'eid' },
        ],
      }),
    );
    await h.flow.chooseReader('Virtual Reader 01');
    expect(h.flow.snapshot).toMatchObject({ step: 'readingCard', reader: 'Virtual Reader 01' });
    await finishFromAuthenticatePin(h);
    expect(h.card!.trace.count).toBe(0);
    expect(second.card!.trace.count).toBeGreaterThan(0);
  });

  it('with the reader option, looks at that reader only', async () => {
    const h = await startHarness({ flow: { reader: 'Virtual Reader 01' } });
    const second = h.addReader('Virtual Reader 01');
    h.insert('citizen-1.7'); // an eID in another reader: not read, not listed
    await h.flow.start();
    expect(h.flow.snapshot).toMatchObject({
      step: 'waitingForCard',
      readers: [{ name: 'Virtual Reader 01', card: 'none' }],
    });
    second.insert('citizen-1.8');
    await h.until('authenticatePin');
    await finishFromAuthenticatePin(h);
    expect(h.card!.trace.count).toBe(0);
    expect(second.card!.trace.count).toBeGreaterThan(0);
  });

  it('reads the only eID by itself when the other reader is empty', async () => {
    const h = await startHarness();
    const second = h.addReader('Virtual Reader 01');
    await h.flow.start();
    expect(h.flow.snapshot).toMatchObject({ step: 'waitingForCard' });
    second.insert('citizen-1.8');
    expect(await h.until('authenticatePin')).toMatchObject({ pinTriesLeft: 3 });
  });

  it('waits for PC/SC while it is stopped, then reads the card when it is back', async () => {
    const h = await startHarness();
    await h.flow.start();
    h.stopPcsc();
    expect(await h.flow.refresh()).toMatchObject({ step: 'waitingForReader', pcscAvailable: false });
    h.insert('citizen-1.8'); // into the dead context: seen once the service is back
    await h.startPcsc();
    await finishFromAuthenticatePin(h);
  });

  it('stops and wipes when PC/SC stops in the middle, and starts again when it is back', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.7');
    h.stopPcsc();
    await h.flow.refresh();
    expect(h.steps().slice(-2)).toEqual(['cardRemoved', 'waitingForReader']);
    expect(h.flow.snapshot).toMatchObject({ step: 'waitingForReader', pcscAvailable: false });
    expectWiped(h);
    await h.startPcsc();
    await finishFromAuthenticatePin(h);
  });
});

describe('commands out of step', () => {
  it('refuses every command that does not fit the step, and changes nothing', async () => {
    const h = await startHarness();
    const refusedAt = async () => {
      const before = h.flow.snapshot;
      await expectRefused(() => h.flow.chooseReader('Virtual Reader 00'), 'not-allowed-now');
      await expectRefused(() => h.flow.submitDetails({ code: '22222', ...CONTACT }), 'not-allowed-now');
      await expectRefused(() => h.flow.confirm(), 'not-allowed-now');
      await expectRefused(() => h.flow.back(), 'not-allowed-now');
      await expectRefused(() => h.flow.retry(), 'not-allowed-now');
      expect(h.flow.snapshot).toEqual(before);
    };
    await refusedAt(); // welcome
    await toAuthenticatePin(h, 'citizen-1.8');
    await refusedAt();
    await expectRefused(() => h.flow.start(), 'not-allowed-now');
    expect(h.record.calls).toEqual([]);
  });

  it('takes back only from the confirmation, keeping the bound code', async () => {
    const h = await startHarness();
    await toDetails(h, 'citizen-1.8');
    await expectRefused(() => h.flow.back(), 'not-allowed-now');
    await h.flow.submitDetails({ code: await h.phoneCode(), ...CONTACT });
    await h.flow.back();
    expect(h.flow.snapshot).toMatchObject({ step: 'enterCodeAndContact', codeBound: true });
    await h.flow.submitDetails({ code: '', email: 'other@example.be' });
    expect(h.flow.snapshot).toMatchObject({ step: 'confirmData', contact: { email: 'other@example.be' } });
    expect(h.record.calls.filter((c) => c === 'bindCode')).toHaveLength(1);
  });
});
