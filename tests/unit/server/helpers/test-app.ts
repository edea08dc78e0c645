import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../../server/app.ts';
import { defaultSettings, derivedDefaults } from '../../../../server/config/defaults.ts';
import type { ServiceConfig, ServiceSettings } from '../../../../server/config/settings.ts';
import { FakeClock, FakeRandom, FakeVerifier } from './fakes.ts';
import { MemoryRepository } from './memory-repository.ts';

/** The test configuration: the defaults, a fixed origin and pepper, and `overrides`. */
export function testConfig(overrides: Partial<ServiceSettings> = {}): ServiceConfig {
  const base = { ...defaultSettings(), ...overrides };
  return {
    ...derivedDefaults(base),
    origin: 'https://register.example.be',
    ...base,
    codePepper: new Uint8Array(32).fill(7),
  };
}

/** An app over fakes, never listening: requests go through `inject()`. */
export async function testApp(overrides: Partial<ServiceSettings> = {}) {
  const repository = new MemoryRepository();
  const verifier = new FakeVerifier();
  const clock = new FakeClock();
  const random = new FakeRandom();
  const config = testConfig(overrides);
  const app = await buildApp({ config, repository, verifier, clock, random });
  return { app, repository, verifier, clock, random, config };
}

/** What {@link testApp} returns. */
export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The error code of an error answer. */
export function errorCode(response: LightMyRequestResponse): string | undefined {
  return (response.json() as { error?: { code?: string } }).error?.code;
}
