import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../../server/http/logger-options.ts';
import { purgeExpired } from '../../../server/plugins/app/purge.ts';
import { openSession } from './helpers/flows.ts';
import { testApp } from './helpers/test-app.ts';

describe('the app plugin', () => {
  it('migrates the repository before it is ready and closes it when the app closes', async () => {
    const t = await testApp();
    await t.app.ready();
    expect(t.repository.migrated).toBe(true);
    expect(t.repository.closed).toBe(false);
    await t.app.close();
    expect(t.repository.closed).toBe(true);
  });

  it('decorates the instance with its dependencies (style rule 10)', async () => {
    const t = await testApp();
    await t.app.ready();
    expect(t.app.repository).toBe(t.repository);
    expect(t.app.verifier).toBe(t.verifier);
    expect(t.app.clock).toBe(t.clock);
    expect(t.app.serviceConfig).toBe(t.config);
    await t.app.close();
  });

  it('purges abandoned sessions, and survives a failing purge', async () => {
    const t = await testApp();
    const session = await openSession(t);
    t.clock.advance(30 * 60_000);
    expect(await purgeExpired(t.app)).toBe(1);
    expect(t.repository.sessions.has(session.sessionId)).toBe(false);
    t.repository.purgeExpired = () => Promise.reject(new Error('database gone'));
    expect(await purgeExpired(t.app)).toBe(0);
    await t.app.close();
  });

  it('logs request paths without ids', () => {
    expect(redactUrl('/api/v1/sessions/0a1b2c3d-0000-1111-2222-333344445555/code')).toBe(
      '/api/v1/sessions/:id/code',
    );
  });
});
