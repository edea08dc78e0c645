import type { CryptoLimit } from './crypto-limit.ts';
import { CHECKS } from './signature-checks.ts';
import type { DatabaseKind } from './databases.ts';
import { STEPS } from './record.ts';
import type { ReplayResult } from './replay.ts';

/** The service share of the crypto limit the issue asks for. */
export const GOAL = 0.5;

/** One mix's results. */
export interface MixResult {
  readonly name: string;
  readonly limit: CryptoLimit;
  readonly runs: readonly {
    readonly database: DatabaseKind;
    readonly sequential: ReplayResult;
    readonly concurrent: ReplayResult;
  }[];
}

/** The q-quantile (nearest rank below, as bench/stats.ts). */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const DATABASE_NAME: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const perSecond = (r: ReplayResult): number => (r.registrations * 1000) / r.wallMs;
const fixed = (x: number, digits = 1): string => x.toFixed(digits);
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const STEP_LABEL = ['enrol', 'session', 'auth', 'code', 'submit'];

/** Column widths of the main table: mix, database, 5 sequential, 5 steps, 2 in flight. */
const WIDTHS = [15, 12, 8, 8, 8, 10, 6, 8, 8, 8, 8, 8, 10, 10];
const row = (cells: readonly string[]): string =>
  cells
    .map((c, i) => (i < 2 ? c.padEnd(WIDTHS[i]!) : c.padStart(WIDTHS[i]!)))
    .join('')
    .trimEnd();
const span = (from: number, to: number, title: string): string => {
  const width = WIDTHS.slice(from, to).reduce((a, b) => a + b, 0);
  return `  ${title} `.padEnd(width - 1, '─') + ' ';
};

/** The main table: both mixes × both databases, next to the node:crypto limit. */
export function mainTable(mixes: readonly MixResult[], inFlight: number): string[] {
  const lines = [
    ''.padEnd(WIDTHS[0]! + WIDTHS[1]!) +
      span(2, 7, 'one registration at a time') +
      span(7, 12, 'step p50, ms (one at a time)') +
      span(12, 14, `${inFlight} in flight`).trimEnd(),
    row([
      'mix',
      'database',
      'reg/s',
      'p50 ms',
      'p99 ms',
      'of limit',
      'goal',
      ...STEP_LABEL,
      'reg/s',
      'of limit',
    ]),
  ];
  for (const mix of mixes) {
    for (const { database, sequential, concurrent } of mix.runs) {
      const share = perSecond(sequential) / mix.limit.perSecond;
      lines.push(
        row([
          mix.name,
          DATABASE_NAME[database],
          fixed(perSecond(sequential)),
          fixed(quantile(sequential.latencies, 0.5), 2),
          fixed(quantile(sequential.latencies, 0.99), 2),
          pct(share),
          share >= GOAL ? 'met' : 'MISS',
          ...STEPS.map((s) => fixed(quantile(sequential.steps[s], 0.5), 2)),
          fixed(perSecond(concurrent)),
          pct(perSecond(concurrent) / mix.limit.perSecondAllCores),
        ]),
      );
    }
    lines.push(
      row([
        mix.name,
        'node:crypto',
        fixed(mix.limit.perSecond),
        fixed(1000 / mix.limit.perSecond, 2),
        '',
        '= limit',
        '',
        ...STEPS.map(() => '–'),
        fixed(mix.limit.perSecondAllCores),
        '= limit',
      ]),
    );
  }
  return lines;
}

/** Right-aligned cells after a left-aligned label of `labelWidth`. */
const line = (label: string, labelWidth: number, cells: readonly [string, number][]): string =>
  label.padEnd(labelWidth) + cells.map(([c, w]) => c.padStart(w)).join('');

/** Where a sequential registration's time goes: verifier, repository, the rest. */
export function breakdownTable(mixes: readonly MixResult[]): string[] {
  const head: [string, number][] = [
    ['total', 8],
    ['verifier', 10],
    ['repository', 12],
    ['calls', 7],
    ['rest', 8],
  ];
  const lines = [line('mix / database', 27, head) + '   (mean ms per registration)'];
  for (const mix of mixes) {
    for (const { database, sequential } of mix.runs) {
      const n = sequential.registrations;
      const total = sequential.latencies.reduce((a, b) => a + b, 0) / n;
      const verifier = sequential.meter.verifierMs / n;
      const repository = sequential.meter.repositoryMs / n;
      const values = [
        total,
        verifier,
        repository,
        sequential.meter.repositoryCalls / n,
        total - verifier - repository,
      ];
      lines.push(
        line(
          `${mix.name.padEnd(15)}${DATABASE_NAME[database]}`,
          27,
          values.map((v, i) => [fixed(v, i === 3 ? 0 : 2), head[i]![1]]),
        ),
      );
    }
  }
  return lines;
}

/** The crypto limit per check, and the ways of using both cores. */
export function limitTable(mixes: readonly MixResult[]): string[] {
  const head: [string, number][] = [
    ...CHECKS.map((c): [string, number] => [c, Math.max(8, c.length + 2)]),
    ['sum', 8],
    ['holder keys', 13],
  ];
  const lines = [line('mix', 15, head) + '   (µs per registration, 1 thread)'];
  for (const mix of mixes) {
    const micros = CHECKS.map((c) => mix.limit.checkMicros[c]);
    const values = [...micros, micros.reduce((a, b) => a + b, 0), mix.limit.holderKeyImportMicros];
    lines.push(
      line(
        mix.name,
        15,
        values.map((v, i) => [fixed(v, 0), head[i]![1]]),
      ),
    );
  }
  lines.push(
    "  holder keys: createPublicKey of the two holder certificates' keys, which no cache can save (not in the limit).",
  );
  for (const mix of mixes) {
    const { perSecond: one, perSecondAllCores: all, perSecondAsync: async } = mix.limit;
    lines.push(
      `  ${mix.name}: 1 thread ${fixed(one)} reg/s; one thread per core ${fixed(all)} (×${fixed(all / one, 2)}); ` +
        `async crypto.verify(…, cb), all at once ${fixed(async)} (×${fixed(async / one, 2)})`,
    );
  }
  return lines;
}
