import { describe, expect, it } from 'vitest';
import { chooseDisplays, type DisplayLike } from '../../../../../electron/shell/windows/choose-displays.ts';

const display = (id: number, x: number): DisplayLike => ({
  id,
  workArea: { x, y: 0, width: 1920, height: 1040 },
});
const primary = display(1, 0);
const second = display(2, 1920);
const third = display(3, 3840);

describe('chooseDisplays', () => {
  it.each(['auto', 'primary', 'secondary'] as const)(
    'puts both windows on a single display (%s)',
    (setting) => {
      expect(chooseDisplays([primary], primary, setting)).toEqual({ wizard: primary, operator: primary });
    },
  );

  it.each(['auto', 'secondary'] as const)(
    '%s: the operator on the second display, the wizard on the primary',
    (setting) => {
      expect(chooseDisplays([primary, second], primary, setting)).toEqual({
        wizard: primary,
        operator: second,
      });
    },
  );

  it('primary: the operator on the primary display, the wizard on the second', () => {
    expect(chooseDisplays([primary, second], primary, 'primary')).toEqual({
      wizard: second,
      operator: primary,
    });
  });

  it('finds the other display whatever the order, and takes the first of several', () => {
    expect(chooseDisplays([second, primary], primary, 'auto')).toEqual({ wizard: primary, operator: second });
    expect(chooseDisplays([primary, third, second], primary, 'auto')).toEqual({
      wizard: primary,
      operator: third,
    });
  });

  it('compares displays by id, not identity', () => {
    const samePrimary = display(1, 0);
    expect(chooseDisplays([samePrimary, second], primary, 'auto').operator).toBe(second);
  });
});
