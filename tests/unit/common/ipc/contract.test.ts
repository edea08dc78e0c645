import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { command, defineContract } from '../../../../common/ipc/contract.ts';
import type { ContractClient } from '../../../../common/ipc/contract-client.ts';
import type { TestContract } from './test-contract.ts';

describe('defineContract', () => {
  it('freezes the contract', () => {
    const contract = defineContract({
      commands: { ping: command(Type.Object({}), Type.Null()) },
      events: {},
    });

    expect(Object.isFrozen(contract.commands)).toBe(true);
    expect(() => Object.assign(contract.commands, { extra: contract.commands.ping })).toThrow(TypeError);
  });

  it.each(['__proto__', 'submit-pin', '1st', ''])('refuses the name %j', (name) => {
    expect(() => defineContract({ commands: {}, events: { [name]: Type.Null() } })).toThrow(TypeError);
  });
});

/**
 * Compile-time checks: `npm run typecheck` fails if a call that should be a type error
 * compiles (`@ts-expect-error` would then be unused). The function is never run.
 */
export function typeChecks(client: ContractClient<TestContract>): void {
  void client.call('echo', { text: 'x' }).then((r) => r.text.toUpperCase());
  void client.call('reverseBytes', { data: new Uint8Array(1), parts: [] }).then((r) => r.data.byteLength);
  // @ts-expect-error: not a command of the contract
  void client.call('nope', {});
  // @ts-expect-error: the argument has the wrong type
  void client.call('echo', { text: 1 });
  // @ts-expect-error: the argument lacks a property
  void client.call('echo', {});
  client.on('progress', (p) => p.percent.toFixed());
  // @ts-expect-error: not an event of the contract
  client.on('nope', () => {});
}
