import { describe, expect, it } from 'vitest';
import { normaliseRegistrationCode } from '../../../common/api/registration-code.ts';
import { shapeCodeInput } from '../../../renderer/src/shape/code-input.ts';

describe('shapeCodeInput (registration-flow.md step 4)', () => {
  it('uppercases and ignores spaces and dashes', () => {
    expect(shapeCodeInput('4h8-vn')).toEqual({ value: '4H8VN', dropped: false, complete: true });
    expect(shapeCodeInput(' 4H8 VN ')).toEqual({ value: '4H8VN', dropped: false, complete: true });
  });

  it('reads the look-alikes as main does (O→0, I and L→1)', () => {
    const typed = 'oIl2z';
    expect(shapeCodeInput(typed).value).toBe('0112Z');
    expect(shapeCodeInput(typed).value).toBe(normaliseRegistrationCode(typed));
  });

  it('drops what is not a code symbol (U, punctuation) and says so', () => {
    expect(shapeCodeInput('4U8.V')).toEqual({ value: '48V', dropped: true, complete: false });
  });

  it('cuts a paste at 5 symbols and reports the rest as dropped', () => {
    expect(shapeCodeInput('4H8VN7')).toEqual({ value: '4H8VN', dropped: true, complete: true });
  });

  it('counts a partial code as incomplete', () => {
    expect(shapeCodeInput('4h8')).toEqual({ value: '4H8', dropped: false, complete: false });
    expect(shapeCodeInput('')).toEqual({ value: '', dropped: false, complete: false });
  });
});
