import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePem } from '../../../../common/pki/pem.ts';
import {
  httpApi,
  prepareRegistration,
  submit,
  virtualCardRoots,
  type PreparedRegistration,
} from '../../../support/service-flow.ts';
import { exited, freePort, startServiceProcess, type ServiceProcess } from './service-process.ts';

/**
 * SIGKILL during a stream of submissions: after a restart every acknowledged enrolment is
 * stored exactly once, nothing is half-written (an application without its enrolment and
 * session moved on, or the reverse), and the submissions that were lost can simply be sent
 * again.
 */
const ORIGIN = 'https://register.example.be';
const REGISTRATIONS = 24;
const KILL_AFTER_ACKNOWLEDGED = 8;
const IN_FLIGHT = 4;

const directory = mkdtempSync(join(tmpdir(), 'eidw-crash-'));
const processes: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of processes) {
    service.child.kill('SIGKILL');
    await exited(service.child);
  }
  rmSync(directory, { recursive: true, force: true });
});

function environment(): Record<string, string> {
  const roots = join(directory, 'test-roots.pem');
  writeFileSync(
    roots,
    virtualCardRoots()
      .map((der) => encodePem(der))
      .join(''),
  );
  return {
    EIDW_DATABASE_URL: `sqlite:${join(directory, 'registration.sqlite')}`,
    EIDW_DATA_DIR: directory,
    EIDW_TEST_ROOTS: roots,
    EIDW_SERVICE_ORIGIN: ORIGIN,
    EIDW_CODE_PEPPER: '11'.repeat(32),
    EIDW_CODE_ATTEMPTS_PER_MINUTE: '1000',
    EIDW_PURGE_INTERVAL_SECONDS: '0',
    EIDW_LOG_LEVEL: 'warn',
  };
}

interface Row {
  [column: string]: unknown;
}

/** Reads the database file the service wrote (after the process is gone). */
function inspect(file: string): { applications: Row[]; enrolments: Row[]; sessions: Row[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return {
      applications: db
        .prepare('SELECT id, enrolment_id, session_id, application_sha256 FROM applications')
        .all() as Row[],
      enrolments: db.prepare('SELECT id, status FROM enrolments').all() as Row[],
      sessions: db.prepare('SELECT id, state, enrolment_id FROM sessions').all() as Row[],
    };
  } finally {
    db.close();
  }
}

describe('the service killed with SIGKILL during a stream of submissions', () => {
  it('keeps every acknowledged enrolment exactly once and nothing half-written', async () => {
    const env = environment();
    const port = await freePort();
    const first = await startServiceProcess(env, port);
    processes.push(first);
    const api = httpApi(first.baseUrl);
    const prepared: PreparedRegistration[] = [];
    for (let i = 0; i < REGISTRATIONS; i++) {
      prepared.push(
        await prepareRegistration(api, i % 2 === 0 ? 'citizen-1.7' : 'citizen-1.8', { origin: ORIGIN }),
      );
    }

    const acknowledged = new Map<string, string>(); // enrolmentId → applicationId
    let next = 0;
    let killed = false;
    let gone = false;
    void exited(first.child).then(() => (gone = true));
    let inFlight = 0;
    let interrupted = 0;
    // Workers keep submitting until the process is really gone (a signal is not instant), so
    // the submissions in flight when it dies are the ones the kill cuts.
    const worker = async (): Promise<void> => {
      while (!gone && next < prepared.length) {
        const registration = prepared[next++]!;
        inFlight++;
        const answer = await submit(api, registration).catch(() => undefined);
        inFlight--;
        if (answer === undefined) interrupted++;
        if (answer?.status === 201)
          acknowledged.set(registration.enrolment.enrolmentId, answer.body.applicationId);
        if (!killed && acknowledged.size >= KILL_AFTER_ACKNOWLEDGED && inFlight > 0) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(interrupted, 'the kill cut submissions in flight').toBeGreaterThan(0);

    const database = join(directory, 'registration.sqlite');
    const afterCrash = inspect(database);
    const stored = new Map(
      afterCrash.applications.map((row) => [row.enrolment_id as string, row.id as string]),
    );
    for (const [enrolmentId, applicationId] of acknowledged)
      expect(stored.get(enrolmentId)).toBe(applicationId);
    expect(new Set(afterCrash.applications.map((row) => row.application_sha256)).size).toBe(
      afterCrash.applications.length,
    );
    const statusOf = new Map(afterCrash.enrolments.map((row) => [row.id as string, row.status as string]));
    for (const row of afterCrash.applications)
      expect(statusOf.get(row.enrolment_id as string)).toBe('awaiting-confirmation');
    for (const [id, status] of statusOf) expect(status === 'awaiting-confirmation').toBe(stored.has(id));
    for (const session of afterCrash.sessions) {
      if (session.state === 'submitted') expect(stored.has(session.enrolment_id as string)).toBe(true);
    }

    const second = await startServiceProcess(env, port);
    processes.push(second);
    const resumed = httpApi(second.baseUrl);
    for (const registration of prepared) {
      const answer = await submit(resumed, registration);
      const wasStored = stored.has(registration.enrolment.enrolmentId);
      expect(answer.status, JSON.stringify(answer.body)).toBe(wasStored ? 200 : 201);
      if (wasStored) expect(answer.body.applicationId).toBe(stored.get(registration.enrolment.enrolmentId));
    }
    second.child.kill('SIGTERM');
    await exited(second.child);
    const final = inspect(database);
    expect(final.applications).toHaveLength(REGISTRATIONS);
    expect(new Set(final.applications.map((row) => row.enrolment_id)).size).toBe(REGISTRATIONS);
  });
});
