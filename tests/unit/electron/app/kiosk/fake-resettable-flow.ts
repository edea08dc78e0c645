import { vi, type Mock } from 'vitest';
import type { FlowSnapshot } from '../../../../../common/flow/snapshot.ts';
import type { Language } from '../../../../../common/i18n/languages.ts';
import type { ResettableFlow } from '../../../../../electron/app/kiosk/kiosk-session.ts';
import { snapshotOf } from '../../../../support/sample-snapshots.ts';

/** A flow's snapshot without `seq` and `language` (what a test publishes). */
export type Sample = Parameters<typeof snapshotOf>[0];

/** The flow as the kiosk session sees it, driven by the test. */
export interface FakeResettableFlow extends ResettableFlow {
  snapshot: FlowSnapshot;
  /** Publishes a snapshot at `sample`'s step (in `language`, by default the current one). */
  publish(sample: Sample, language?: Language): void;
  readonly cancel: Mock<() => Promise<void>>;
  readonly setLanguage: Mock<(language: Language) => void>;
  listenerCount(): number;
}

/** Starts at welcome in English; `cancel` goes back to welcome, keeping the language, as the flow does. */
export function fakeResettableFlow(): FakeResettableFlow {
  const listeners = new Set<(snapshot: FlowSnapshot) => void>();
  let seq = 0;
  const flow: FakeResettableFlow = {
    snapshot: snapshotOf({ step: 'welcome' }, 0),
    publish(sample, language = flow.snapshot.language) {
      flow.snapshot = { ...snapshotOf(sample, ++seq), language };
      for (const listener of [...listeners]) listener(flow.snapshot);
    },
    onSnapshot(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    cancel: vi.fn(async () => flow.publish({ step: 'welcome' })),
    setLanguage: vi.fn((language: Language) => flow.publish({ step: 'welcome' }, language)),
    listenerCount: () => listeners.size,
  };
  return flow;
}
