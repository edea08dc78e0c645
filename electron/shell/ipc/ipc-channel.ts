/**
 * The one IPC channel between a page and main (architecture.md "One contract, two
 * transports"; style.md rule 2): text frames of the contract (common/ipc/text-frame.ts), the
 * same frames the loopback WebSocket carries. Prefixed so it cannot clash with Electron's own.
 */
export const IPC_CHANNEL = 'eid-wizard:contract';
