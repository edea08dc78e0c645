/**
 * Runs a virtual Belgian eID card in a vpcd reader of the machine's pcscd, by hand:
 *
 *   npm run virtual-card -- --profile citizen-1.8 --pin 1234 --reader 0 [--seed S] [--trace]
 *
 * Ctrl-C removes the card. `r` + Enter removes it, `i` + Enter inserts it again.
 */
import { parseArgs } from 'node:util';
import { instructionName, toHex } from './apdu-trace.ts';
import { buildCardImage, cardIds, DEFAULT_SEED } from './card-image.ts';
import { VpcdClient } from './transports/vpcd-client.ts';
import { VirtualCard } from './virtual-card.ts';
import { writeTestRootsFile } from './test-roots-file.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'citizen-1.8' },
    pin: { type: 'string', default: '1234' },
    reader: { type: 'string', default: '0' },
    seed: { type: 'string', default: DEFAULT_SEED },
    trace: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || values.list) {
  console.log(
    'usage: npm run virtual-card -- --profile <card> --pin <digits> --reader <0|1> [--seed S] [--trace]\ncards:',
  );
  for (const id of cardIds()) console.log(`  ${id}`);
  process.exit(0);
}
if (!/^\d{4,12}$/.test(values.pin)) {
  console.error('--pin must be 4 to 12 digits');
  process.exit(2);
}

let card: VirtualCard;
try {
  card = new VirtualCard(buildCardImage(values.profile, values.seed), { pin: values.pin });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const client = new VpcdClient(card, { reader: Number(values.reader) });
const readerName = `Virtual PCD 00 ${String(values.reader).padStart(2, '0')}`;

try {
  await client.connect();
} catch (error) {
  console.error(
    `cannot reach vpcd for reader ${values.reader} (${(error as Error).message}): is pcscd running with vsmartcard-vpcd installed?`,
  );
  process.exit(1);
}
console.log(`${card.image.id} inserted in "${readerName}": ${card.image.profile.description}`);
console.log(
  `ATR ${toHex(card.atr)}; PIN ${'*'.repeat(values.pin.length)} with ${card.pinState.triesLeft} tries left; TCP_QUICKACK ${client.quickAckActive ? 'on' : 'unavailable (slow APDUs)'}`,
);
console.log(`Test roots (trust them with --test-roots): ${writeTestRootsFile(values.seed)}`);
console.log('r + Enter removes the card, i + Enter inserts it, Ctrl-C quits.');

if (values.trace) {
  let shown = 0;
  setInterval(() => {
    for (const entry of card.trace.entries.slice(shown)) {
      console.log(
        `>> ${instructionName(entry.command[1] ?? 0).padEnd(22)} ${toHex(entry.command)}\n<< ${toHex(entry.response.subarray(-2))} (${entry.response.length - 2} data bytes)`,
      );
    }
    shown = card.trace.count;
  }, 200).unref();
}

process.stdin.setEncoding('utf8');
process.stdin.on('data', (line: string) => {
  if (line.trim() === 'r') card.remove();
  if (line.trim() === 'i') card.insert();
  console.log(card.inserted ? 'card inserted' : 'card removed');
});

process.on('SIGINT', () => {
  client.close();
  console.log(`\nremoved after ${card.trace.count} APDUs`);
  process.exit(0);
});
