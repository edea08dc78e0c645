import { describe, expect, it } from 'vitest';
import {
  groupRegistrationCode,
  normaliseRegistrationCode,
  REGISTRATION_CODE_ALPHABET,
  REGISTRATION_CODE_PATTERN,
} from '../../../../common/api/registration-code.ts';
import { RegistrationSecrets } from '../../../../server/security/registration-secrets.ts';
import { FakeRandom } from '../helpers/fakes.ts';

describe('the registration code (common/api/registration-code.ts)', () => {
  it('has 32 symbols without I, L, O and U', () => {
    expect(new Set(REGISTRATION_CODE_ALPHABET).size).toBe(32);
    expect(REGISTRATION_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    for (const symbol of REGISTRATION_CODE_ALPHABET) {
      expect(`${symbol}0000`).toMatch(new RegExp(REGISTRATION_CODE_PATTERN));
    }
  });

  it.each([
    ['4H8VN', '4H8VN'],
    ['4h8vn', '4H8VN'],
    ['4H8 VN', '4H8VN'],
    ['4h8-vn', '4H8VN'],
    ['\t4H8\u00a0VN\n', '4H8VN'],
    ['oO1iI', '00111'],
    ['P2NWl', 'P2NW1'],
  ])('normalises %j to %s', (typed, code) => {
    expect(normaliseRegistrationCode(typed)).toBe(code);
  });

  it.each(['', '4H8V', '4H8VNX', '4H8VU', 'ÄH8VN', '4H8_VN', '4H8VN4H8VN'])('refuses %j', (typed) => {
    expect(normaliseRegistrationCode(typed)).toBeUndefined();
  });

  it('groups a code 3 + 2 for display', () => {
    expect(groupRegistrationCode('4H8VN')).toBe('4H8 VN');
  });

  it('issues codes from the alphabet and hashes them with the pepper', () => {
    const random = new FakeRandom();
    random.queueInts(31, 0, 10, 18, 20);
    const secrets = new RegistrationSecrets(new Uint8Array(32), random);
    const { code, codeHash } = secrets.issueCode();
    expect(code).toBe('Z0AJM');
    expect(codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(new RegistrationSecrets(new Uint8Array(32).fill(1), random).hash(code)).not.toBe(codeHash);
  });

  it('issues 43-character base64url poll tokens', () => {
    const { token, tokenHash } = new RegistrationSecrets(
      new Uint8Array(32),
      new FakeRandom(),
    ).issuePollToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toHaveLength(64);
  });
});
