/**
 * The contact data the person types on the details screen (registration-flow.md step 4):
 * e-mail required, phone optional, Belgian or international. Shared by the renderer (input
 * shaping, messages as the person types) and main (which checks again before anything is
 * signed). Results are data; the words are the renderer's.
 */

/** Why a contact field was refused. */
export type ContactProblem = 'email-required' | 'email-invalid' | 'phone-invalid';

/** Longest address SMTP carries (RFC 5321 §4.5.3.1.3, path minus the brackets). */
const EMAIL_MAX = 254;

/**
 * A trimmed e-mail address, or the problem with it: one `@`, a local part, and a domain with
 * at least one dot and no empty label; no spaces or control characters. Deliberately not a
 * full RFC 5322 parser: the phone app confirms the address by sending it a message.
 */
export function checkEmail(input: string): { email: string } | { problem: ContactProblem } {
  const email = input.trim();
  if (email === '') return { problem: 'email-required' };
  if (email.length > EMAIL_MAX) return { problem: 'email-invalid' };
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const wellFormed =
    at > 0 &&
    !local.includes('@') &&
    local.length <= 64 &&
    /^[^\s\p{Cc}]+$/u.test(email) &&
    domain.includes('.') &&
    domain.split('.').every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label));
  return wellFormed ? { email } : { problem: 'email-invalid' };
}

/** Separators people type in phone numbers. */
const PHONE_SEPARATORS = /[\s./()-]/g;

/**
 * A phone number in E.164 (`+32470123456`), `undefined` for an empty field, or the problem.
 * Belgian national forms: `0` then 8 digits (landline, `02 123 45 67`) or 9 digits (mobile,
 * `0470 12 34 56`); international forms: `+` or `00`, then a country code and at most 15
 * digits in all (ITU-T E.164 §6.2.1).
 */
export function checkPhone(input: string): { phone: string | undefined } | { problem: ContactProblem } {
  const compact = input.replace(PHONE_SEPARATORS, '');
  if (compact === '') return { phone: undefined };
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (/^0[1-9]\d{7,8}$/.test(compact)) international = `32${compact.slice(1)}`;
  else return { problem: 'phone-invalid' };
  if (!/^[1-9]\d{6,14}$/.test(international)) return { problem: 'phone-invalid' };
  if (international.startsWith('32') && !/^32[1-9]\d{7,8}$/.test(international))
    return { problem: 'phone-invalid' };
  return { phone: `+${international}` };
}

/**
 * Both contact fields at once: the contact data as they will be signed (phone in E.164, left
 * out when empty), or the first problem (the e-mail's before the phone's).
 */
export function checkContact(
  email: string,
  phone: string | undefined,
): { contact: { email: string; phone?: string } } | { problem: ContactProblem } {
  const checkedEmail = checkEmail(email);
  if ('problem' in checkedEmail) return checkedEmail;
  const checkedPhone = checkPhone(phone ?? '');
  if ('problem' in checkedPhone) return checkedPhone;
  const withPhone = checkedPhone.phone === undefined ? {} : { phone: checkedPhone.phone };
  return { contact: { email: checkedEmail.email, ...withPhone } };
}
