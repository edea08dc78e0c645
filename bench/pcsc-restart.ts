/**
 * `npm run bench:pcsc-restart [runs]`: how long the card is gone when the card-service process
 * dies (docs/card-library.md, "The binding in its own process"). PcscService runs here over
 * createRemoteBinding + forkNodeHost; each run SIGKILLs the host with a card connected and
 * times, from the kill: `unavailable` reported, `available` again (a fresh host launched, after
 * the 250 ms back-off), the card reported in its reader again, and a fresh connection's first
 * APDU answered. Also the first start (launch to readers). Needs pcscd with vsmartcard-vpcd.
 */
import { createRemoteBinding, forkNodeHost, type NodeHostProcess } from '../native/pcsc/index.ts';
import {
  GET_CARD_DATA,
  insertCard,
  nextEvent,
  startService,
} from '../tests/integration/native/pcsc/helpers.ts';
import { formatSummary, summarize } from './stats.ts';

const runs = Number(process.argv[2] ?? 10);
const hosts: NodeHostProcess[] = [];
const startedAt = performance.now();
const service = await startService({
  binding: createRemoteBinding(forkNodeHost({ onLaunch: (host) => hosts.push(host) })),
});
const firstStartMs = performance.now() - startedAt;
const inserted = await insertCard(service, 'citizen-1.8', 0);
const samples = {
  unavailable: [] as number[],
  available: [] as number[],
  card: [] as number[],
  apdu: [] as number[],
};

for (let run = 0; run < runs; run++) {
  const connection = await service.connect(inserted.reader);
  await connection.transmit(GET_CARD_DATA);
  const unavailable = nextEvent(service, 'unavailable', (e) => e.type === 'service-state');
  const available = nextEvent(
    service,
    'available',
    (e) => e.type === 'service-state' && e.state === 'available',
  );
  const killedAt = performance.now();
  process.kill(hosts.at(-1)!.pid!, 'SIGKILL');
  await unavailable;
  samples.unavailable.push(performance.now() - killedAt);
  await available;
  samples.available.push(performance.now() - killedAt);
  await service.waitForCard({ reader: inserted.reader, timeoutMs: 10_000 });
  samples.card.push(performance.now() - killedAt);
  const fresh = await service.connect(inserted.reader);
  await fresh.transmit(GET_CARD_DATA);
  samples.apdu.push(performance.now() - killedAt);
  await fresh.disconnect();
  await connection.disconnect();
}

console.log(`PC/SC host restart after SIGKILL (${runs} runs, pcscd + vpcd, back-off 250 ms)`);
console.log(`${'first start: launch to both vpcd readers'.padEnd(48)} ${firstStartMs.toFixed(1)} ms`);
console.log(formatSummary('kill → unavailable', summarize(samples.unavailable)));
console.log(formatSummary('kill → available (fresh host)', summarize(samples.available)));
console.log(formatSummary('kill → card present again', summarize(samples.card)));
console.log(formatSummary('kill → first APDU on a fresh connection', summarize(samples.apdu)));
inserted.client.close();
await service.close();
