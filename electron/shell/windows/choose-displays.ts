/** A display as `screen.getAllDisplays()` gives it (the parts used here). */
export interface DisplayLike {
  readonly id: number;
  readonly workArea: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/** Where the operator window goes (config `assisted.operatorDisplay`). */
export type OperatorDisplaySetting = 'auto' | 'primary' | 'secondary';

/**
 * The displays of the two windows in assisted mode (issue 7 point 5: "an operator window, on a
 * second display when there is one"). `auto` and `secondary`: the operator gets the first
 * display that is not the primary one and the citizen's wizard the primary one; with a single
 * display both share it. `primary`: the other way round (a counter whose own monitor is the
 * primary display and whose customer-facing screen is the second).
 */
export function chooseDisplays(
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  setting: OperatorDisplaySetting,
): { wizard: DisplayLike; operator: DisplayLike } {
  const other = displays.find((display) => display.id !== primary.id);
  if (other === undefined) return { wizard: primary, operator: primary };
  return setting === 'primary' ? { wizard: other, operator: primary } : { wizard: primary, operator: other };
}
