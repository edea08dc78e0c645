import type { Transport } from '../../../common/ipc/transport.ts';

/**
 * What the Electron preload will expose to the page as `globalThis.eidWizard` (issue 7;
 * architecture.md "One contract, two transports": the preload exposes exactly one typed
 * bridge). The transport moves the wizard contract's envelopes over Electron IPC; main
 * validates the sender and every argument. Absent in a plain browser, where the loopback
 * WebSocket host is used instead.
 */
export interface EidWizardBridge {
  /** The wizard contract's transport to main. */
  readonly transport: Transport;
}

/** The preload's bridge, when the page runs in the Electron shell. */
export function preloadBridge(): EidWizardBridge | undefined {
  const candidate = (globalThis as { eidWizard?: Partial<EidWizardBridge> }).eidWizard;
  return candidate?.transport === undefined ? undefined : (candidate as EidWizardBridge);
}
