import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  PcscService,
  type PcscServiceEvent,
  type PcscServiceOptions,
} from '../../../../native/pcsc/index.ts';
import { buildCardImage, VirtualCard, VpcdClient } from '../../../virtual-card/index.ts';

/** pcscd's names for the two vpcd readers (test-environment.md). */
export const VPCD_READERS = ['Virtual PCD 00 00', 'Virtual PCD 00 01'] as const;

/** `80 E4 00 00 1C`: GET CARD DATA, every applet generation (belpic-protocol.md §1.4). */
export const GET_CARD_DATA = Uint8Array.of(0x80, 0xe4, 0x00, 0x00, 0x1c);

/** Resolves with the first event matching `predicate`, or rejects after `timeoutMs` saying what was awaited. */
export function nextEvent(
  service: PcscService,
  what: string,
  predicate: (event: PcscServiceEvent) => boolean,
  timeoutMs = 10_000,
): Promise<PcscServiceEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`${what}: not seen within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = service.onEvent((event) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

/** Polls `condition` every 20 ms until it holds, or fails after `timeoutMs` saying what was awaited. */
export async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts the driver (no post-connect pause: vpcd does not need it) and waits for both vpcd readers. */
export async function startService(options: PcscServiceOptions = {}): Promise<PcscService> {
  const service = PcscService.start({ postConnectDelayMs: 0, ...options });
  try {
    await until(
      'the vpcd readers (is pcscd running with vsmartcard-vpcd installed? apt-get install pcscd vsmartcard-vpcd)',
      () => VPCD_READERS.every((name) => service.readers().some((r) => r.name === name)),
    );
  } catch (error) {
    await service.close();
    throw error;
  }
  return service;
}

/** A virtual card in a vpcd reader, seen by `service`. */
export interface Inserted {
  readonly card: VirtualCard;
  readonly client: VpcdClient;
  readonly reader: string;
  /** (Re)inserts the card: connects to vpcd, retrying while vpcd is not listening yet. */
  insert(): Promise<void>;
  /** Pulls the card and waits until `service` sees the reader empty. */
  remove(): Promise<void>;
}

/** Builds card `id`, puts it in vpcd reader `index` and waits until `service` reports it. */
export async function insertCard(
  service: PcscService,
  id: string,
  index = 0,
  pin = '1234',
): Promise<Inserted> {
  const reader = VPCD_READERS[index]!;
  const card = new VirtualCard(buildCardImage(id), { pin });
  const client = new VpcdClient(card, { reader: index });
  const present = (): boolean => service.readers().some((r) => r.name === reader && r.cardPresent);
  await until(`${reader} empty before inserting ${id}`, () => !present());
  const inserted: Inserted = {
    card,
    client,
    reader,
    async insert() {
      for (let attempt = 0; ; attempt++) {
        try {
          await client.connect();
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await service.waitForCard({ reader, timeoutMs: 10_000 });
    },
    async remove() {
      client.close();
      await until(`${reader} empty after removing ${id}`, () => !present());
    },
  };
  await inserted.insert();
  return inserted;
}

/** The pids of the machine's pcscd processes (`pidof pcscd`). */
export function pcscdPids(): number[] {
  const run = spawnSync('pidof', ['pcscd'], { encoding: 'utf8' });
  if (run.error) throw new Error('pidof is needed to find pcscd: apt-get install sysvinit-utils');
  return run.stdout.split(/\s+/).filter(Boolean).map(Number);
}

/** Stops pcscd with SIGTERM and waits until it has exited. */
export async function stopPcscd(): Promise<void> {
  for (const pid of pcscdPids()) process.kill(pid, 'SIGTERM');
  await until('pcscd to exit after SIGTERM', () => pcscdPids().length === 0);
}

/** Starts pcscd again unless one is serving (scripts/pcscd-ensure.sh), as the other tests expect. */
export function ensurePcscd(): void {
  const script = fileURLToPath(new URL('../../../../scripts/pcscd-ensure.sh', import.meta.url));
  const run = spawnSync('bash', [script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not restart pcscd (scripts/pcscd-ensure.sh):\n${run.stderr}`);
}
