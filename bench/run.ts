/**
 * Prints the project's comparable figures: `npm run bench` (needs pcscd running with
 * vsmartcard-vpcd, as scripts/setup.sh leaves it). Optional argument: APDUs per sample set.
 */
import { inProcessLatency, pcscLatency } from './apdu-latency.ts';
import { openscListApdus } from './opensc-apdu-count.ts';
import { formatSummary } from './stats.ts';

const count = Number(process.argv[2] ?? 500);
console.log(`eID Wizard benchmarks on Node ${process.version}, ${count} APDUs per set\n`);

console.log('Per-APDU round trip, pcscd + vpcd + virtual card (pcsclite client, shared mode, T=0):');
for (const id of ['citizen-1.7', 'citizen-1.8']) {
  const fast = await pcscLatency(id, count, true);
  console.log(formatSummary(`  ${id} GET CARD DATA (28 B), TCP_QUICKACK`, fast.getCardData));
  console.log(formatSummary(`  ${id} READ BINARY (248 B), TCP_QUICKACK`, fast.readBinary));
}
const slow = await pcscLatency('citizen-1.8', Math.min(count, 50), false);
console.log(formatSummary('  citizen-1.8 GET CARD DATA, no TCP_QUICKACK', slow.getCardData));
console.log(
  formatSummary('  in-process (emulator only), GET CARD DATA', await inProcessLatency('citizen-1.8', count)),
);

console.log('\nAPDUs OpenSC (pkcs15-tool --list-certificates) needs per card:');
for (const id of ['citizen-1.7', 'citizen-1.8', 'kids-1.7', 'kids-1.8']) {
  const { total, byInstruction } = await openscListApdus(id);
  console.log(`  ${id.padEnd(14)} ${String(total).padStart(3)} APDUs  ${JSON.stringify(byInstruction)}`);
}
process.exit(0);
