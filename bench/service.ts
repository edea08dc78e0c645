/**
 * `npm run bench:service [N] [in-flight]`: full registrations per second of the registration
 * service (POST enrolments, sessions, authenticate, code, application), p50/p99 latency and
 * per-step p50, for the 1.7 (RSA-2048) and 1.8 (P-384) virtual cards, with SQLite and with
 * PostgreSQL, next to the raw node:crypto limit of verifying the same signatures (goal: at
 * least half of it).
 *
 * Phase 1 (untimed) records N registrations per mix against a throwaway service: the virtual
 * cards sign there. Phase 2 replays them through `app.inject()` against a fresh service with
 * the same seeded randomness and fixed clock, so it issues the same ids and nonces and every
 * recorded signature verifies; any answer but the recorded one (201 for every submission)
 * aborts. See bench/service/*.ts.
 */
import { cpus } from 'node:os';
import { cryptoLimit } from './service/crypto-limit.ts';
import { preparePostgres, type DatabaseKind } from './service/databases.ts';
import { recordRegistrations } from './service/record.ts';
import { replay } from './service/replay.ts';
import { breakdownTable, GOAL, limitTable, mainTable, type MixResult } from './service/report.ts';

const COUNT = Number(process.argv[2] ?? 200);
const IN_FLIGHT = Number(process.argv[3] ?? 8);
if (!Number.isInteger(COUNT) || COUNT < 10 || !Number.isInteger(IN_FLIGHT) || IN_FLIGHT < 1) {
  console.error(
    'usage: node bench/service.ts [registrations per mix ≥ 10, default 200] [in flight, default 8]',
  );
  process.exit(2);
}
const WARM_UP = Math.min(20, Math.ceil(COUNT / 10));
const SEED = 'eid-wizard-bench-service';
const MIXES = [
  { name: '1.7 (RSA-2048)', cards: ['citizen-1.7', 'foreigner-1.7'] },
  { name: '1.8 (P-384)', cards: ['citizen-1.8', 'foreigner-1.8'] },
];
const DATABASES: DatabaseKind[] = ['sqlite', 'postgres'];

const started = performance.now();
const postgres = await preparePostgres();
const cpu = cpus();
console.log(
  `Registration service, ${COUNT} full registrations per mix (+${WARM_UP} untimed warm-up), Node ${process.version}, ` +
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`,
);
console.log(
  "  Through app.inject(): no sockets, TLS or request logging; the figures are the service's own cost.\n" +
    '  A registration = POST enrolments, sessions, authenticate (session id rotates), code, application;\n' +
    '  every submission answered 201. Card signatures made beforehand (untimed); each registration brings\n' +
    '  holder certificates of its own (re-issued per registration: no holder-certificate cache hits).\n' +
    `  SQLite: file in the temp folder, WAL, synchronous=FULL (the default). ${postgres}, same machine, pool 10.\n` +
    '  1.7 mix: citizen-1.7 + foreigner-1.7 cards; 1.8 mix: citizen-1.8 + foreigner-1.8.',
);

const results: MixResult[] = [];
for (const mix of MIXES) {
  const recorded = await recordRegistrations(SEED, mix.name, mix.cards, WARM_UP + COUNT);
  const warmUp = recorded.slice(0, WARM_UP);
  const timed = recorded.slice(WARM_UP);
  const limit = await cryptoLimit(timed);
  const runs: MixResult['runs'][number][] = [];
  for (const database of DATABASES) {
    const sequential = await replay(SEED, database, warmUp, timed, 1);
    const concurrent = await replay(SEED, database, warmUp, timed, IN_FLIGHT);
    runs.push({ database, sequential, concurrent });
  }
  results.push({ name: mix.name, limit, runs });
}

console.log('');
for (const line of mainTable(results, IN_FLIGHT)) console.log(line);
console.log(
  `  "of limit": service reg/s ÷ node:crypto reg/s (goal ≥ ${GOAL * 100} %). One at a time is compared with the\n` +
    '  synchronous one-thread limit; "in flight" with one verifying thread per core (all cores).\n' +
    '  On a shared VM, runs differ by up to ±25 %: compare figures of the same run.',
);
console.log(
  '\nWhere the time of a registration goes (one at a time; "rest" = Fastify, routes, schemas, JSON, base64):',
);
for (const line of breakdownTable(results)) console.log(line);
console.log('\nThe node:crypto limit per registration:');
for (const line of limitTable(results)) console.log(line);
console.log(`\n(total run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
