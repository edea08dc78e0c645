import { createHash, verify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTool } from '../../support/run-tool.ts';
import { insertVirtualCard, type InsertedCard } from '../../support/virtual-reader.ts';
import { instructionName, toHex } from '../../virtual-card/apdu-trace.ts';

/**
 * OpenSC is an implementation of the Belgian card driver nobody here wrote: if it can list
 * and use the virtual card, the card behaves like the real one as far as OpenSC can tell.
 */
const PKCS11_MODULE = '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so';

let inserted: InsertedCard | undefined;
afterEach(async () => {
  await inserted?.close();
  inserted = undefined;
});

/** `pkcs11-tool` signs `input` with key 02 (authentication) after logging in with the card PIN. */
function pkcs11Sign(mechanism: string, input: string, output: string) {
  return runTool('pkcs11-tool', [
    '--module',
    PKCS11_MODULE,
    '--slot-index',
    '0',
    '--login',
    '--pin',
    '1234',
    '--sign',
    '--id',
    '02',
    '--mechanism',
    mechanism,
    '--input-file',
    input,
    '--output-file',
    output,
  ]);
}

async function insert(id: string): Promise<InsertedCard> {
  inserted = await insertVirtualCard(id, 0);
  return inserted;
}

describe.each(['citizen-1.7', 'citizen-1.8', 'kids-1.7', 'kids-1.8'])('OpenSC and %s', (id) => {
  it('pkcs15-tool lists the certificates and reads them byte for byte', async () => {
    const { card } = await insert(id);
    const withSigning = card.image.certificates.signing !== undefined;

    const listing = await runTool('pkcs15-tool', ['--reader', '0', '--list-certificates']);
    const listApdus = card.trace.count;
    const listCommands = JSON.stringify(Object.fromEntries(card.trace.byInstruction()));
    const read = await runTool('pkcs15-tool', ['--reader', '0', '--read-certificate', '02']);

    expect(listing.status, listing.stderr).toBe(0);
    const labels = [...listing.stdout.matchAll(/X\.509 Certificate \[(.+)\]/g)].map((m) => m[1]);
    expect(labels).toEqual(
      withSigning ? ['Authentication', 'Signature', 'CA', 'Root'] : ['Authentication', 'CA', 'Root'],
    );
    expect(listing.stdout).toContain('3f00df005038');
    expect(new Uint8Array(new X509Certificate(read.stdout).raw)).toEqual(
      card.image.certificates.authentication.der,
    );
    console.info(
      `[figure] OpenSC pkcs15-tool --list-certificates on ${id}: ${listApdus} APDUs ${listCommands}`,
    );
  });
});

describe('OpenSC PKCS#11 signing with the card PIN', () => {
  it('applet 1.7: pkcs11-tool signs with the authentication key and the signature verifies against the card certificate', async () => {
    const { card } = await insert('citizen-1.7');
    const dir = mkdtempSync(join(tmpdir(), 'eidw-opensc-'));
    const message = join(dir, 'message.txt');
    writeFileSync(message, 'eID Wizard OpenSC check\n');

    const run = await pkcs11Sign('SHA256-RSA-PKCS', message, join(dir, 'sig'));

    expect(run.status, run.stderr).toBe(0);
    const publicKey = new X509Certificate(card.image.certificates.authentication.der).publicKey;
    expect(verify('sha256', readFileSync(message), publicKey, readFileSync(join(dir, 'sig')))).toBe(true);
    expect(card.trace.byInstruction().get('PSO CDS')).toBe(1);
  });

  it('applet 1.8: OpenSC signs with ECDSA when its belpic driver supports 1.8 keys, and otherwise stops before MSE SET', async () => {
    const { card } = await insert('citizen-1.8');
    const dir = mkdtempSync(join(tmpdir(), 'eidw-opensc-'));
    const message = new TextEncoder().encode('eID Wizard OpenSC check\n');
    const digestFile = join(dir, 'digest');
    writeFileSync(digestFile, createHash('sha384').update(message).digest());

    const mechanisms = await runTool('pkcs11-tool', [
      '--module',
      PKCS11_MODULE,
      '--slot-index',
      '0',
      '--list-mechanisms',
    ]);
    const run = await pkcs11Sign('ECDSA', digestFile, join(dir, 'sig'));

    if (/ECDSA/.test(mechanisms.stdout)) {
      expect(run.status, run.stderr).toBe(0);
      const publicKey = new X509Certificate(card.image.certificates.authentication.der).publicKey;
      expect(
        verify(
          'sha384',
          message,
          { key: publicKey, dsaEncoding: 'ieee-p1363' },
          readFileSync(join(dir, 'sig')),
        ),
      ).toBe(true);
    } else {
      // OpenSC 0.23's belpic driver registers RSA algorithms only (card-belpic.c belpic_init);
      // it reads the EC certificates but offers no signing mechanism for the 1.8 keys.
      const last = card.trace.entries.at(-1);
      console.info(
        `[figure] OpenSC ${(await runTool('opensc-tool', ['--info'])).stdout.split('\n')[0]} offers no ECDSA for applet 1.8; last APDU it sent: ${last ? `${instructionName(last.command[1]!)} ${toHex(last.command)}` : 'none'}`,
      );
      expect(run.stderr).toMatch(/CKR_MECHANISM_INVALID/);
      expect(card.trace.byInstruction().get('MSE SET')).toBeUndefined();
      expect(card.trace.byInstruction().get('PSO CDS')).toBeUndefined();
    }
  });
});
