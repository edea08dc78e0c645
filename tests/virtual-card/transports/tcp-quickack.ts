import type { Socket } from 'node:net';
import { createRequire } from 'node:module';

/** Linux `IPPROTO_TCP` and `TCP_QUICKACK` (linux/tcp.h: 12). */
const IPPROTO_TCP = 6;
const TCP_QUICKACK = 12;

type SetSockOpt = (fd: number, level: number, name: number, value: Int32Array, length: number) => number;

let setsockopt: SetSockOpt | null | undefined;

/**
 * Turns on TCP_QUICKACK for the socket (Linux only; it must be set again after every read).
 *
 * vpcd writes each frame with two `send()` calls and no TCP_NODELAY, so with delayed ACKs
 * every APDU costs ~40 ms; quick ACKs bring it to well under a millisecond
 * (test-environment.md, "Latency trap"). Node has no API for it, so it goes through libc
 * with koffi. Returns false where that is not possible; the card then works, only slower.
 */
export function quickAck(socket: Socket): boolean {
  const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
  const call = loadSetSockOpt();
  if (call === null || typeof fd !== 'number' || fd < 0) return false;
  return call(fd, IPPROTO_TCP, TCP_QUICKACK, Int32Array.of(1), 4) === 0;
}

function loadSetSockOpt(): SetSockOpt | null {
  if (setsockopt !== undefined) return setsockopt;
  setsockopt = null;
  if (process.platform !== 'linux') return null;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as {
      load(name: string): { func(signature: string): SetSockOpt };
    };
    setsockopt = koffi.load('libc.so.6').func('int setsockopt(int, int, int, const void *, uint32_t)');
  } catch {
    setsockopt = null;
  }
  return setsockopt;
}
