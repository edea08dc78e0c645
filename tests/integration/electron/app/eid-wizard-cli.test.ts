import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PcscService } from '../../../../native/pcsc/index.ts';
import { runTool } from '../../../support/run-tool.ts';
import { DEFAULT_SEED } from '../../../virtual-card/index.ts';
import { writeTestRootsFile } from '../../../virtual-card/test-roots-file.ts';
import { insertCard, startService, type Inserted } from '../../native/pcsc/helpers.ts';

/**
 * `eid-wizard doctor` and `eid-wizard read` as a person runs them (a separate process, through
 * pcscd), against the virtual card served from this process.
 */
const CLI = fileURLToPath(new URL('../../../../electron/app/cli/eid-wizard.ts', import.meta.url));
const eidWizard = (...args: string[]) => runTool(process.execPath, [CLI, ...args], 60_000);

let service: PcscService;
let roots: string;
beforeAll(async () => {
  service = await startService();
  roots = writeTestRootsFile(DEFAULT_SEED);
});
afterAll(async () => {
  await service.close();
});

async function withCard<T>(id: string, work: (inserted: Inserted) => Promise<T>): Promise<T> {
  const inserted = await insertCard(service, id, 0);
  try {
    return await work(inserted);
  } finally {
    await inserted.remove();
  }
}

interface JsonCheck {
  id: string;
  status: string;
  code: string;
}

describe('eid-wizard doctor', () => {
  it.each(['citizen-1.7', 'citizen-1.8'])(
    'finds nothing wrong with %s when its test root is trusted',
    async (id) => {
      const run = await withCard(id, () =>
        eidWizard('doctor', '--json', '--test-roots', roots, '--reader', 'Virtual PCD 00 00'),
      );
      const report = JSON.parse(run.stdout) as { ok: boolean; checks: JsonCheck[] };
      expect(report.checks.filter((c) => c.status === 'problem')).toEqual([]);
      expect(report.ok).toBe(true);
      expect(run.status, run.stderr).toBe(0);
      const codes = report.checks.map((c) => c.code);
      expect(codes).toContain('doctor.integrity.passed');
      expect(codes.includes('doctor.chip.genuine')).toBe(id.endsWith('1.8'));
    },
  );

  it('says the chain is untrusted without the test root, with what to do, and exits 1', async () => {
    const run = await withCard('citizen-1.8', () => eidWizard('doctor', '--lang', 'de'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Belgische eID-Karte gefunden (Applet 1.8)');
    expect(run.stdout).toContain('--test-roots');
  });

  it.each([
    ['pin-blocked-1.8', 'doctor.pin.blocked', 'problem'],
    ['pin-1-try-1.7', 'doctor.pin.fewTries', 'warning'],
    ['kids-1.8', 'doctor.certificate.absent', 'problem'],
    ['expired-1.7', 'doctor.certificate.expired', 'problem'],
  ])('reports %s as %s', async (id, code, status) => {
    const run = await withCard(id, () => eidWizard('doctor', '--json', '--test-roots', roots));
    const report = JSON.parse(run.stdout) as { checks: JsonCheck[] };
    expect(report.checks.find((c) => c.code === code)?.status).toBe(status);
  });

  it('says which reader is empty and to insert the card', async () => {
    const run = await eidWizard('doctor', '--json', '--wait', '0.5');
    const report = JSON.parse(run.stdout) as { checks: JsonCheck[] };
    expect(report.checks.map((c) => c.code)).toContain('doctor.card.none');
  });
});

describe('eid-wizard read', () => {
  it('prints the identity as JSON and saves the photo, byte-equal to the card', async () => {
    const photo = join(mkdtempSync(join(tmpdir(), 'eidw-')), 'photo.jpg');
    const { run, inserted } = await withCard('foreigner-1.8', async (inserted) => ({
      inserted,
      run: await eidWizard('read', '--json', '--photo', photo, '--test-roots', roots),
    }));
    expect(run.status, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout) as {
      identity: { nationalNumber: string };
      integrity: { outcome: string };
    };
    expect(data.identity.nationalNumber).toBe(inserted.card.image.nationalNumber);
    expect(data.integrity.outcome).toBe('passed');
    expect(new Uint8Array(readFileSync(photo))).toEqual(inserted.card.image.files.id.get(0x4035));
  });

  it('prints labelled text in French', async () => {
    const run = await withCard('citizen-1.7', () => eidWizard('read', '--lang', 'fr', '--test-roots', roots));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Numéro de Registre national\s+\d\d\.\d\d\.\d\d-\d\d\d\.\d\d/);
  });
});
