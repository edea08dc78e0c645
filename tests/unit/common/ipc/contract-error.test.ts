import { describe, expect, it } from 'vitest';
import {
  ContractCallError,
  ContractError,
  errorDataOf,
  isContractError,
} from '../../../../common/ipc/contract-error.ts';
import { IPC_ERROR_CATEGORIES, IPC_ERROR_CODES } from '../../../../common/ipc/error-codes.ts';

describe('ContractError', () => {
  it('is data: toData() has no message or stack, and is a copy', () => {
    const details = { triesLeft: 2 };
    const error = new ContractError({
      code: 'wrong-pin',
      category: 'retriable',
      details,
      retryTo: 'authenticatePin',
    });
    details.triesLeft = 0;

    const data = error.toData();

    expect(data).toEqual({
      code: 'wrong-pin',
      category: 'retriable',
      details: { triesLeft: 2 },
      retryTo: 'authenticatePin',
    });
    expect(Object.keys(data)).not.toContain('stack');
    expect(error.message).toBe('wrong-pin');
    expect(isContractError(error)).toBe(true);
  });

  it('gives machinery errors their standard category', () => {
    expect(ContractError.of('cancelled').data).toEqual({ code: 'cancelled', category: 'cancelled' });
    expect(ContractError.of('bad-argument', { path: '#' }).data).toEqual({
      code: 'bad-argument',
      category: 'internal',
      details: { path: '#' },
    });
    expect(IPC_ERROR_CODES).toEqual(Object.keys(IPC_ERROR_CATEGORIES));
    expect(IPC_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'unknown-method',
        'bad-argument',
        'bad-result',
        'cancelled',
        'transport-closed',
        'internal',
      ]),
    );
  });

  it('turns anything but a well-formed ContractError into internal', () => {
    expect(errorDataOf(new Error('/home/secret'))).toEqual({ code: 'internal', category: 'internal' });
    expect(errorDataOf('a string')).toEqual({ code: 'internal', category: 'internal' });
    expect(errorDataOf(new ContractError({ code: 'Not Kebab', category: 'x' }))).toEqual({
      code: 'internal',
      category: 'internal',
    });
    expect(
      errorDataOf(new ContractError({ code: 'x', category: 'y', details: { long: 'z'.repeat(257) } })).code,
    ).toBe('internal');
  });

  it('carries the method on the client side', () => {
    const error = new ContractCallError('submitPin', { code: 'cancelled', category: 'cancelled' });

    expect(error).toBeInstanceOf(ContractError);
    expect(error.method).toBe('submitPin');
    expect(error.toData()).toEqual({ code: 'cancelled', category: 'cancelled' });
  });
});
