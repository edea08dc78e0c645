/**
 * `npm run bench:card-read`: what reading a card costs through pcscd + vpcd, for what
 * registration needs and for everything, next to the theoretical minimum and to OpenSC's
 * pkcs15-tool reading the same certificates from the same virtual card. Also a modelled time
 * on a physical reader. Needs pcscd with vsmartcard-vpcd (scripts/setup.sh).
 */
import { BelpicCard } from '../native/belpic/belpic-card.ts';
import { CARD_FILES, type CardFileName } from '../native/belpic/card-files.ts';
import { MAX_READ_LENGTH } from '../native/belpic/read-binary.ts';
import type { PcscService } from '../native/pcsc/index.ts';
import { readDerHeader } from '../common/der/der-header.ts';
import { insertCard, startService } from '../tests/integration/native/pcsc/helpers.ts';
import { runTool } from '../tests/support/run-tool.ts';
import type { CardImage } from '../tests/virtual-card/index.ts';

/** The files a registration needs (registration-flow.md: identity, address, signatures, certificates). */
const REGISTRATION: readonly CardFileName[] = [
  'identity',
  'identitySignature',
  'address',
  'addressSignature',
  'rrnCertificate',
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
];
const CERTIFICATES: readonly CardFileName[] = [
  'authenticationCertificate',
  'signingCertificate',
  'caCertificate',
  'rootCertificate',
];
/** PKCS#15 ids of the same four certificates in EF(CDF) (belpic-protocol.md §2.3). */
const CERTIFICATE_IDS = ['02', '03', '04', '06'];

interface Cost {
  readonly apdus: number;
  readonly bytes: number;
  readonly ms?: number;
}

/** Bytes a host must obtain from a file: the DER length for DER objects, the whole file otherwise (§3.2). */
function usefulSize(image: CardImage, name: CardFileName): number {
  const [df, fid] = CARD_FILES[name].path;
  const content = (df === 0xdf00 ? image.files.belpic : image.files.id).get(fid)!;
  if (CARD_FILES[name].rule !== 'der-length') return content.length;
  return content[0] === 0 ? 1 : readDerHeader(content, 0, name).end;
}

/** One SELECT (11 + 2 bytes) per file plus ceil(size / 256) READ BINARY (5 + data + 2 bytes). */
function minimum(image: CardImage, names: readonly CardFileName[]): Cost {
  let apdus = 0;
  let bytes = 0;
  for (const name of names) {
    const size = usefulSize(image, name);
    const reads = Math.max(1, Math.ceil(size / MAX_READ_LENGTH));
    apdus += 1 + reads;
    bytes += 13 + reads * 7 + size;
  }
  return { apdus, bytes };
}

/** Reads `names` through pcscd `runs` times; APDUs and bytes from the card's trace, median wall time. */
async function measure(
  service: PcscService,
  id: string,
  names: readonly CardFileName[],
  runs: number,
): Promise<Cost & { image: CardImage }> {
  const inserted = await insertCard(service, id, 0);
  const connection = await service.connect(inserted.reader);
  try {
    const eid = await BelpicCard.open(connection);
    const wanted = names.filter((name) => !CARD_FILES[name].needsBasicKey || eid.applet.basicKey);
    const times: number[] = [];
    let cost: Cost = { apdus: 0, bytes: 0 };
    for (let run = 0; run < runs; run++) {
      const trace = inserted.card.trace;
      const [count, sent, received] = [trace.count, trace.bytesSent, trace.bytesReceived];
      const started = performance.now();
      await eid.readFiles(wanted);
      times.push(performance.now() - started);
      cost = { apdus: trace.count - count, bytes: trace.bytesSent - sent + trace.bytesReceived - received };
    }
    times.sort((a, b) => a - b);
    return { ...cost, ms: times[Math.floor(times.length / 2)], image: inserted.card.image };
  } finally {
    await connection.disconnect();
    await inserted.remove();
  }
}

/** OpenSC pkcs15-tool reading the four CDF certificates, one run per certificate, counted at the card. */
async function opensc(service: PcscService, id: string): Promise<Cost> {
  const inserted = await insertCard(service, id, 0);
  try {
    const trace = inserted.card.trace;
    const [count, sent, received] = [trace.count, trace.bytesSent, trace.bytesReceived];
    const started = performance.now();
    for (const certificate of CERTIFICATE_IDS) {
      const run = await runTool('pkcs15-tool', ['--reader', '0', '--read-certificate', certificate]);
      if (run.status !== 0)
        throw new Error(`pkcs15-tool --read-certificate ${certificate} failed on ${id}: ${run.stderr}`);
    }
    return {
      apdus: trace.count - count,
      bytes: trace.bytesSent - sent + trace.bytesReceived - received,
      ms: performance.now() - started,
    };
  } finally {
    await inserted.remove();
  }
}

/**
 * Modelled time on a physical reader (an assumption, not a measurement): 6 ms per APDU for
 * the USB CCID round trip and the card's processing, plus 12 etu per byte on the T=0 line at
 * a 4 MHz card clock with the card's ATR speed (1.7 TA1=13: F 372, D 4 → 23.3 µs/etu;
 * 1.8 TA1=96: F 512, D 32 → 4 µs/etu).
 */
function modelled(id: string, cost: Cost): number {
  const etuMicros = id.endsWith('1.8') ? 512 / 32 / 4 : 372 / 4 / 4;
  return cost.apdus * 6 + (cost.bytes * 12 * etuMicros) / 1000;
}

const RUNS = Number(process.argv[2] ?? 5);
const service = await startService();
const row = (label: string, id: string, c: Cost): string =>
  `  ${label.padEnd(40)} ${String(c.apdus).padStart(5)} ${String(c.bytes).padStart(7)} ${(c.ms === undefined ? '–' : c.ms.toFixed(1)).padStart(9)} ${modelled(id, c).toFixed(0).padStart(10)}`;
try {
  console.log(
    `Card reads through pcscd + vpcd + virtual card (median of ${RUNS} runs; modelled = physical reader model, see bench/card-read.ts)`,
  );
  for (const id of ['citizen-1.7', 'citizen-1.8']) {
    console.log(`\n${id.padEnd(42)}APDUs   bytes   wall ms  modelled ms`);
    const registration = await measure(service, id, REGISTRATION, RUNS);
    console.log(row('registration set: eID Wizard', id, registration));
    console.log(row('registration set: minimum', id, minimum(registration.image, REGISTRATION)));
    const everything = (Object.keys(CARD_FILES) as CardFileName[]).filter(
      (name) => !CARD_FILES[name].needsBasicKey || id.endsWith('1.8'),
    );
    const all = await measure(service, id, everything, RUNS);
    console.log(row('everything incl. photo: eID Wizard', id, all));
    console.log(row('everything incl. photo: minimum', id, minimum(all.image, everything)));
    const certificates = await measure(service, id, CERTIFICATES, RUNS);
    console.log(row('4 CDF certificates: eID Wizard', id, certificates));
    console.log(row('4 CDF certificates: minimum', id, minimum(certificates.image, CERTIFICATES)));
    console.log(row('4 CDF certificates: OpenSC pkcs15-tool', id, await opensc(service, id)));
  }
} finally {
  await service.close();
}
