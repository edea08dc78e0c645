import { flowError, type FlowError, type FlowErrorCode } from '../../../common/flow/flow-errors.ts';

/**
 * Thrown by a step of the flow to stop with a typed {@link FlowError}; the controller shows it
 * as the `error` step. Its message is the code alone: never card data, a PIN or a stack.
 */
export class FlowFailure extends Error {
  override readonly name = 'FlowFailure';
  readonly error: FlowError;

  constructor(code: FlowErrorCode, options: { retryTo?: FlowError['retryTo']; serviceCode?: string } = {}) {
    super(code);
    this.error = flowError(code, options);
  }
}
