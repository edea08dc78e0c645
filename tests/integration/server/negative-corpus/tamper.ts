import { API_PATHS } from '../../../../common/api/paths.ts';
import { submissionBody, type PreparedRegistration } from '../../../support/service-flow.ts';
import type { CorpusRequest } from './corpus-types.ts';

/** Ways to break one value of an otherwise valid request. */

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** A copy of `bytes` with the byte at `index` (negative: from the end) inverted. */
export function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  const at = index < 0 ? copy.length + index : index;
  copy[at] = (copy[at] as number) ^ 0xff;
  return copy;
}

/** {@link flipByte} on base64. */
export const flipBase64 = (text: string, index: number): string =>
  toBase64(flipByte(fromBase64(text), index));

/** The first `length` bytes of base64 `text`, in base64 again (`length` negative: drop from the end). */
export const truncateBase64 = (text: string, length: number): string =>
  toBase64(fromBase64(text).slice(0, length));

/** The submission body of a prepared registration, to break. */
export type SubmissionBody = ReturnType<typeof submissionBody>;

/** `POST /sessions/:id/application` of `prepared` with `body` (default: its own, unbroken). */
export function submitRequest(
  prepared: PreparedRegistration,
  body: unknown = submissionBody(prepared.registration),
): CorpusRequest {
  return { method: 'POST', url: API_PATHS.application(prepared.sessionId), body };
}

/**
 * The attack on the submission of `prepared` with its body changed by `change`, and the
 * unbroken submission as the control.
 */
export function brokenSubmission(prepared: PreparedRegistration, change: (body: SubmissionBody) => unknown) {
  const intact = submissionBody(prepared.registration);
  return {
    request: submitRequest(prepared, change(structuredClone(intact))),
    intact: submitRequest(prepared),
  };
}

/** A copy of the submission body with some card files replaced. */
export function withFiles(body: SubmissionBody, files: Partial<SubmissionBody['files']>): SubmissionBody {
  return { ...body, files: { ...body.files, ...files } };
}
