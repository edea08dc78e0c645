import { afterEach } from 'vitest';
import { startFakeService, type FakeHandler, type FakeService } from './fake-service.ts';

/**
 * A starter of fake services that are closed after each test (unless the test closed them
 * already). Call it at the top level of a test file, once.
 */
export function fakeServicePerTest(): (handler: FakeHandler) => Promise<FakeService> {
  const open = new Set<FakeService>();
  afterEach(async () => {
    const services = [...open];
    open.clear();
    await Promise.all(services.map((service) => service.close()));
  });
  return async (handler) => {
    const started = await startFakeService(handler);
    const service: FakeService = {
      ...started,
      close: () => {
        open.delete(service);
        return started.close();
      },
    };
    open.add(service);
    return service;
  };
}
