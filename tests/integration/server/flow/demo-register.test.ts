import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../../common/api/paths.ts';
import { runTool } from '../../../support/run-tool.ts';
import { httpApi } from '../../../support/service-flow.ts';
import { DEFAULT_SEED } from '../../../virtual-card/index.ts';
import { writeTestRootsFile } from '../../../virtual-card/test-roots-file.ts';
import { exited, freePort, startServiceProcess, type ServiceProcess } from '../crash/service-process.ts';

/** server/README.md's "Try it", step by step: service process, curl-like phone calls, demo:register. */
const DEMO = fileURLToPath(new URL('../../../demo/register-virtual-card.ts', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'eidw-demo-'));
let service: ServiceProcess | undefined;
afterAll(async () => {
  service?.child.kill('SIGTERM');
  if (service) await exited(service.child);
  rmSync(directory, { recursive: true, force: true });
});

describe("server/README.md's whole enrolment", () => {
  it('start on the phone, register with a virtual card, confirm on the phone → active', async () => {
    const port = await freePort();
    service = await startServiceProcess(
      { EIDW_DATA_DIR: directory, EIDW_TEST_ROOTS: writeTestRootsFile(DEFAULT_SEED), EIDW_LOG_LEVEL: 'warn' },
      port,
    );
    const api = httpApi(service.baseUrl);
    const enrolment = (await api('POST', API_PATHS.enrolments)).body;
    const run = await runTool(
      process.execPath,
      [
        DEMO,
        '--code',
        ` ${enrolment.code.toLowerCase()} `,
        '--card',
        'citizen-1.8',
        '--service',
        service.baseUrl,
      ],
      60_000,
    );
    expect(run.status, run.stderr + service.output()).toBe(0);
    expect(run.stdout).toContain(`accepted: enrolment ${enrolment.enrolmentId}`);
    const bearer = { authorization: `Bearer ${enrolment.pollToken}` };
    const polled = (await api('GET', API_PATHS.enrolment(enrolment.enrolmentId), undefined, bearer)).body;
    expect(polled.status).toBe('awaiting-confirmation');
    const confirmed = (
      await api('POST', API_PATHS.confirmEnrolment(enrolment.enrolmentId), undefined, bearer)
    ).body;
    expect(confirmed.status).toBe('active');
  });
});
