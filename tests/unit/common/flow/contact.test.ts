import { describe, expect, it } from 'vitest';
import { checkContact, checkEmail, checkPhone } from '../../../../common/flow/contact.ts';

/** The contact checks main repeats before anything is signed (registration-flow.md step 4). */
describe('contact checks', () => {
  it('takes e-mail addresses with one @ and a dotted domain, trimmed', () => {
    expect(checkEmail('  jan@example.be ')).toEqual({ email: 'jan@example.be' });
    expect(checkEmail('émilie.van-den-broeck@gemeente.be')).toEqual({
      email: 'émilie.van-den-broeck@gemeente.be',
    });
    expect(checkEmail('')).toEqual({ problem: 'email-required' });
    for (const bad of ['jan', 'jan@be', '@example.be', 'jan@@example.be', 'j an@example.be', 'jan@-x.be'])
      expect(checkEmail(bad), bad).toEqual({ problem: 'email-invalid' });
    expect(checkEmail(`${'a'.repeat(65)}@example.be`)).toEqual({ problem: 'email-invalid' });
  });

  it('writes Belgian and international phone numbers in E.164, and an empty one as absent', () => {
    expect(checkPhone('0470 12 34 56')).toEqual({ phone: '+32470123456' });
    expect(checkPhone('02/123.45.67')).toEqual({ phone: '+3221234567' });
    expect(checkPhone('0032 470 12 34 56')).toEqual({ phone: '+32470123456' });
    expect(checkPhone('+33 6 12 34 56 78')).toEqual({ phone: '+33612345678' });
    expect(checkPhone('  ')).toEqual({ phone: undefined });
    for (const bad of ['12', '0470 12 34 567', '+32 470 12 34 56 7', '+0123456789', '0470-abc'])
      expect(checkPhone(bad), bad).toEqual({ problem: 'phone-invalid' });
  });

  it('checks both fields at once, the e-mail first, and leaves an empty phone out', () => {
    expect(checkContact('jan@example.be', '0470123456')).toEqual({
      contact: { email: 'jan@example.be', phone: '+32470123456' },
    });
    expect(checkContact('jan@example.be', undefined)).toEqual({ contact: { email: 'jan@example.be' } });
    expect(checkContact('jan@example.be', '')).toEqual({ contact: { email: 'jan@example.be' } });
    expect(checkContact('', '12')).toEqual({ problem: 'email-required' });
    expect(checkContact('jan@example.be', '12')).toEqual({ problem: 'phone-invalid' });
  });
});
