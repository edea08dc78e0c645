import { APPLET_PROFILES, type AppletProfile } from '../../../../native/belpic/applet-profiles.ts';
import { FileSelector } from '../../../../native/belpic/select.ts';
import { ScriptedCard } from '../../../support/scripted-card.ts';

/** The 1.7 and 1.8 profiles, for tests that start after identification. */
export const APPLET_17 = APPLET_PROFILES[0] as AppletProfile;
export const APPLET_18 = APPLET_PROFILES[1] as AppletProfile;

/** A scripted card and a file selector over it. */
export function scripted(name: string): { card: ScriptedCard; selector: FileSelector } {
  const card = ScriptedCard.load(name);
  return { card, selector: new FileSelector(card) };
}

export { pinDigits } from '../../../support/card-signatures.ts';

/** Awaits a rejection and returns the error, failing when the promise resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
