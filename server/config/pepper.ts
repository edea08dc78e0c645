import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RandomSource } from '../platform/random.ts';
import { ConfigError } from './config-error.ts';
import type { ServiceSettings } from './settings.ts';

/** Shortest accepted pepper: 256 bits, the HMAC-SHA-256 block's security level. */
const MIN_PEPPER_BYTES = 32;

/** Decodes a pepper written as hex (64+ digits) or base64 (32+ bytes). */
export function parsePepper(text: string, source: string): Uint8Array {
  const value = text.trim();
  const bytes = /^(?:[0-9a-fA-F]{2})+$/.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)
      ? Buffer.from(value, 'base64')
      : undefined;
  if (bytes === undefined || bytes.length < MIN_PEPPER_BYTES) {
    throw new ConfigError(`${source}: the pepper must be at least ${MIN_PEPPER_BYTES} bytes, hex or base64`);
  }
  return new Uint8Array(bytes);
}

/**
 * The key of the code and poll-token hashes (pki-and-signing.md §6.1: "HMAC-SHA-256(server
 * pepper, code)"): `EIDW_CODE_PEPPER` when set (required with several instances: they must
 * share it); else the pepper file; else 32 random bytes written to the pepper file (mode
 * 0600) so codes survive a restart. Changing the pepper invalidates live codes and tokens.
 */
export function loadPepper(
  settings: ServiceSettings,
  fromEnv: string | undefined,
  random: RandomSource,
): Uint8Array {
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parsePepper(fromEnv, 'EIDW_CODE_PEPPER');
  const file = settings.codePepperFile;
  try {
    return parsePepper(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const pepper = random.bytes(MIN_PEPPER_BYTES);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${Buffer.from(pepper).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another instance created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return parsePepper(readFileSync(file, 'utf8'), file);
    throw error;
  }
  return pepper;
}
