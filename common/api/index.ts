/**
 * The registration service's API contract, shared by the service (`server/`) and the wizard's
 * client: paths, JSON schemas with their derived types, error codes and the registration-code
 * alphabet. Pure: no Node built-ins, so the renderer can use it too.
 */
export { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode } from './error-codes.ts';
export { API_PATHS, API_PREFIX } from './paths.ts';
export {
  groupRegistrationCode,
  normaliseRegistrationCode,
  REGISTRATION_CODE_ALPHABET,
  REGISTRATION_CODE_LENGTH,
  REGISTRATION_CODE_PATTERN,
} from './registration-code.ts';
export * from './schemas/enrolments.ts';
export * from './schemas/primitives.ts';
export * from './schemas/sessions.ts';
export * from './schemas/submission.ts';
