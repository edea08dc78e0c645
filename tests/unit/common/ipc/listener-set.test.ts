import { describe, expect, it } from 'vitest';
import { createListenerSet } from '../../../../common/ipc/listener-set.ts';

describe('createListenerSet', () => {
  it('calls listeners in order, each subscription separately removable', () => {
    const calls: string[] = [];
    const set = createListenerSet<number>();
    const a = (n: number): void => void calls.push(`a${n}`);
    const removeFirst = set.add(a);
    set.add(a);
    set.add((n) => calls.push(`b${n}`));

    set.emit(1);
    removeFirst();
    removeFirst();
    set.emit(2);

    expect(calls).toEqual(['a1', 'a1', 'b1', 'a2', 'b2']);
  });

  it('keeps calling the others when one throws, and reports the error', () => {
    const errors: unknown[] = [];
    const calls: number[] = [];
    const set = createListenerSet<number>((e) => errors.push(e));
    set.add(() => {
      throw new Error('listener failed');
    });
    set.add((n) => calls.push(n));

    set.emit(5);

    expect(calls).toEqual([5]);
    expect(errors).toEqual([new Error('listener failed')]);
  });
});
