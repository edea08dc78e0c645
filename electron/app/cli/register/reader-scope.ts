import type { PcscService, PcscServiceEvent } from '../../../../native/pcsc/index.ts';

const concerns = (event: PcscServiceEvent, reader: string): boolean =>
  !('reader' in event) || event.reader === reader;

/**
 * The PC/SC service as if `reader` were the only reader on the computer, for `--reader`. The
 * flow picks the reader itself (the one holding the only eID) and accepts a choice only while
 * it waits for a card, which it never does when an eID is in another reader already; so the
 * terminal narrows what the flow sees instead. Everything else (state, connect, close) is the
 * real service's. A proxy rather than a wrapper class because the flow takes a `PcscService`.
 */
export function scopeToReader(pcsc: PcscService, reader: string): PcscService {
  return new Proxy(pcsc, {
    get(target, property) {
      if (property === 'readers') return () => target.readers().filter((r) => r.name === reader);
      if (property === 'onEvent')
        return (listener: (event: PcscServiceEvent) => void) =>
          target.onEvent((event) => {
            if (concerns(event, reader)) listener(event);
          });
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
