import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePem } from '../../../../common/pki/pem.ts';
import type { TestCertificate } from '../../../virtual-card/pki/pki-types.ts';

/** One line of the responder's `index.txt` (the `openssl ca` database format). */
export interface IndexEntry {
  readonly certificate: Uint8Array;
  readonly status: 'valid' | 'revoked';
}

/** A local `openssl ocsp` responder on 127.0.0.1 and how to stop it. */
export interface LocalResponder {
  readonly url: string;
  stop(): Promise<void>;
}

/** `YYMMDDHHMMSSZ`, the index.txt time format. */
function indexTime(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
}

function indexLine(entry: IndexEntry): string {
  const certificate = new X509Certificate(entry.certificate);
  const expiry = indexTime(new Date(certificate.validTo));
  const revoked = entry.status === 'revoked' ? indexTime(new Date('2025-01-01T00:00:00Z')) : '';
  const flag = entry.status === 'revoked' ? 'R' : 'V';
  return [flag, expiry, revoked, certificate.serialNumber, 'unknown', '/CN=test'].join('\t');
}

/**
 * Starts `openssl ocsp` as a responder for the CA `issuer` (RFC 6960 responses signed by
 * `signer`, the CA itself unless given), answering from `entries`; certificates not listed
 * are `unknown`. The port is chosen by the system (`-port 0`) and read from the
 * `ACCEPT …:port` line. Stops with SIGTERM to the process it started.
 */
export async function startResponder(
  issuer: TestCertificate,
  entries: readonly IndexEntry[],
  signer: TestCertificate = issuer,
): Promise<LocalResponder> {
  const directory = mkdtempSync(join(tmpdir(), 'eidw-ocsp-'));
  const file = (name: string, content: string): string => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };
  const index = file('index.txt', entries.map(indexLine).join('\n') + (entries.length > 0 ? '\n' : ''));
  file('index.txt.attr', 'unique_subject = no\n');
  const ca = file('ca.pem', encodePem(issuer.der));
  const signerCertificate = file('signer.pem', encodePem(signer.der));
  const key = file(
    'signer.key',
    signer.keyPair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  );
  const args = [
    'ocsp',
    '-index',
    index,
    '-CA',
    ca,
    '-rsigner',
    signerCertificate,
    '-rkey',
    key,
    '-port',
    '0',
  ];
  const child: ChildProcess = spawn('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`openssl ocsp did not start: ${output}`)), 10_000);
    const listen = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /ACCEPT .*:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.on('error', (error) => reject(new Error(`openssl ocsp could not run: ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`openssl ocsp exited (${code}): ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
