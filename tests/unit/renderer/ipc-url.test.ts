import { describe, expect, it } from 'vitest';
import { ipcUrl, tokenFromHash } from '../../../renderer/src/connection/ipc-url.ts';

const token = 'a'.repeat(43);

describe('the loopback host address from the page fragment', () => {
  it('reads #ipc=<token>', () => {
    expect(tokenFromHash(`#ipc=${token}`)).toBe(token);
    expect(tokenFromHash(`#x=1&ipc=${token}`)).toBe(token);
  });

  it('refuses anything that is not a base64url token', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#ipc=')).toBeUndefined();
    expect(tokenFromHash('#ipc=short')).toBeUndefined();
    expect(tokenFromHash(`#ipc=${token}/../x`)).toBeUndefined();
  });

  it('builds the WebSocket URL on the page host', () => {
    expect(ipcUrl('127.0.0.1:4567', token)).toBe(`ws://127.0.0.1:4567/ipc/${token}`);
  });
});
