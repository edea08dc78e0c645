import type { ProtocolPreference, ShareMode } from './binding.ts';
import { PcscConnection } from './card-connection.ts';
import { PcscError } from './pcsc-error.ts';
import type { ReaderEntry } from './reader-entry.ts';
import { sleep, type Scheduler } from './scheduler.ts';

/** Options of {@link PcscService.connect}. */
export interface ConnectOptions {
  /** Preferred protocol (default T0: BELPIC is T=0 only, belpic-protocol.md §1.2). */
  readonly protocol?: ProtocolPreference;
  /**
   * `shared` (default, as eid-mw) or `exclusive`: the only way to keep other processes' APDUs
   * out of a sequence, since pcsclite offers no SCardBeginTransaction.
   */
  readonly share?: ShareMode;
  /** Per-call timeout of this connection (default: the service's). */
  readonly timeoutMs?: number;
}

/** What {@link openConnection} needs from the service. */
export interface ConnectionSite {
  readonly entry: ReaderEntry;
  readonly scheduler: Scheduler;
  readonly controlCode: (fn: number) => number;
  readonly postConnectDelayMs: number;
  /** Whether the reader is still the service's (it may go away while SCardConnect runs). */
  readonly stillCurrent: () => boolean;
}

/**
 * SCardConnect on the reader of `site`, then the post-connect pause and the part 10 feature
 * request, so the connection's `pinpad` is known when it is handed out. A previous connection
 * that is broken or closing is disconnected first (with its reset disposition).
 */
export async function openConnection(
  site: ConnectionSite,
  options: ConnectOptions,
  timeoutMs: number,
): Promise<PcscConnection> {
  const { entry, scheduler } = site;
  if (entry.connection) await releasePrevious(entry.connection);
  const share = options.share ?? 'shared';
  const protocol = await entry.calls.run(
    'connect',
    () => entry.binding.connect(share, options.protocol ?? 'T0'),
    { timeoutMs },
  );
  if (!site.stillCurrent()) {
    void entry.calls
      .run('disconnect', () => entry.binding.disconnect('leave'), { timeoutMs })
      .catch(() => {});
    throw new PcscError('reader-unavailable', 'connect', 'the reader went away while connecting');
  }
  const connection = new PcscConnection({
    reader: entry.binding,
    calls: entry.calls,
    scheduler,
    atr: entry.status?.atr ?? new Uint8Array(0),
    protocol,
    share,
    timeoutMs,
    controlCode: site.controlCode,
    onReleased: () => {
      if (entry.connection === connection) entry.connection = undefined;
    },
  });
  entry.connection = connection;
  await sleep(scheduler, site.postConnectDelayMs);
  await connection.features();
  return connection;
}

/**
 * Frees a reader whose last connection is broken or closing, and refuses while a stuck native
 * call still holds the reader object (a mute card: it returns once the card is removed).
 */
async function releasePrevious(previous: PcscConnection): Promise<void> {
  const result = await previous.disconnect();
  if (result.deferred) {
    throw new PcscError(
      'card-unresponsive',
      'connect',
      'the reader is still blocked by a call that did not return',
    );
  }
}
