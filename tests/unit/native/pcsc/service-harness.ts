import {
  PcscService,
  type PcscServiceEvent,
  type PcscServiceOptions,
} from '../../../../native/pcsc/index.ts';
import { FakeBinding } from './fakes/fake-binding.ts';
import { FakeScheduler } from './fakes/fake-scheduler.ts';

/** ATRs of the two BELPIC families (belpic-protocol.md §1.1). */
export const ATR_17 = Uint8Array.of(
  0x3b,
  0x98,
  0x13,
  0x40,
  0x0a,
  0xa5,
  0x03,
  0x01,
  0x01,
  0x01,
  0xad,
  0x13,
  0x11,
);
export const ATR_18 = Uint8Array.of(
  ...[
    0x3b, 0x7f, 0x96, 0x00, 0x00, 0x80, 0x31, 0x80, 0x65, 0xb0, 0x85, 0x04, 0x01, 0x20, 0x12, 0x0f, 0xff,
    0x82, 0x90, 0x00,
  ],
);

/** A service over a fake binding and a manual clock, with its events as short strings. */
export function startService(running = true, options: PcscServiceOptions = {}) {
  const binding = new FakeBinding(running);
  const scheduler = new FakeScheduler();
  const service = PcscService.start({ binding, scheduler, postConnectDelayMs: 0, ...options });
  const events: PcscServiceEvent[] = [];
  service.onEvent((event) => events.push(event));
  const log = (): string[] => events.map(describeEvent);
  return { binding, scheduler, service, events, log };
}

/** `reader-added R1`, `card-inserted R1 3B98…`, `service-state unavailable service-unavailable`. */
export function describeEvent(event: PcscServiceEvent): string {
  switch (event.type) {
    case 'service-state':
      return ['service-state', event.state, event.error?.code].filter(Boolean).join(' ');
    case 'card-inserted':
      return `card-inserted ${event.reader} ${Buffer.from(event.atr).toString('hex').slice(0, 8)}${event.mute ? ' mute' : ''}`;
    default:
      return `${event.type} ${event.reader}`;
  }
}
