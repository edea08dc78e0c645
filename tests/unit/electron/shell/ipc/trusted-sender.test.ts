import { describe, expect, it } from 'vitest';
import { trustedSender } from '../../../../../electron/shell/ipc/trusted-sender.ts';
import { APP_PAGES } from '../../../../../electron/shell/security/app-origin.ts';
import { fakeFrame } from '../../../../support/fake-ipc.ts';

const sender = {};

describe('trustedSender', () => {
  it("trusts the window's main frame on an app page", () => {
    const main = fakeFrame(APP_PAGES.wizard);
    expect(trustedSender({ sender, senderFrame: main }, main)).toBe(true);
    const operator = fakeFrame(APP_PAGES.operator);
    expect(trustedSender({ sender, senderFrame: operator }, operator)).toBe(true);
  });

  it('refuses a frame that is gone (null)', () => {
    expect(trustedSender({ sender, senderFrame: null }, fakeFrame())).toBe(false);
  });

  it('refuses another frame, even on an app page', () => {
    expect(trustedSender({ sender, senderFrame: fakeFrame() }, fakeFrame())).toBe(false);
  });

  it('refuses the main frame when it has a parent (a subframe)', () => {
    const frame = fakeFrame(APP_PAGES.wizard, fakeFrame());
    expect(trustedSender({ sender, senderFrame: frame }, frame)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'eid-wizard://evil/index.html',
    'eid-wizard://user@app/index.html',
    'file:///srv/pages/index.html',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses the main frame showing %j', (url) => {
    const frame = fakeFrame(url);
    expect(trustedSender({ sender, senderFrame: frame }, frame)).toBe(false);
  });

  it('refuses when the window has no main frame', () => {
    expect(trustedSender({ sender, senderFrame: fakeFrame() }, undefined)).toBe(false);
  });
});
