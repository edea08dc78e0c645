import type { TrustAnchor } from '../common/pki/trust-anchors.ts';
import { repositoryConfig } from './config/database.ts';
import type { ServiceConfig } from './config/settings.ts';
import { createRepository } from './storage/create-repository.ts';
import type { Repository } from './storage/repository.ts';
import { BELGIAN_OCSP_PREFIXES, createVerifier, OcspChecker } from './verification/index.ts';
import type { Verifier } from './verification/verifier.ts';

/** What the listener injects into the app. */
export interface ServiceDependencies {
  readonly repository: Repository;
  readonly verifier: Verifier;
}

/**
 * A verifier that refuses to work, for building the app where nothing is verified (the
 * OpenAPI generator): every call fails, so nothing could ever be accepted unverified.
 */
export const unavailableVerifier: Verifier = {
  authenticate: () => Promise.reject(new Error('no verifier in this process')),
  verifySubmission: () => Promise.reject(new Error('no verifier in this process')),
};

/**
 * The verifier over the configured trust anchors, with OCSP when enabled: the Belgian
 * responders (or the configured designated responder) only, failing closed as configured.
 */
export function openVerifier(config: ServiceConfig, trustAnchors: readonly TrustAnchor[]): Verifier {
  const { ocsp } = config;
  return createVerifier({
    trustAnchors: trustAnchors.map((anchor) => anchor.der),
    ocsp: ocsp.enabled
      ? new OcspChecker({
          enabled: true,
          allowedResponderPrefixes: ocsp.url === undefined ? BELGIAN_OCSP_PREFIXES : [ocsp.url],
          failClosed: ocsp.failClosed,
          timeoutMs: ocsp.timeoutMs,
          ...(ocsp.url === undefined ? {} : { responderUrl: ocsp.url }),
        })
      : undefined,
  });
}

/** Opens the configured repository and creates the verifier: the listener's real dependencies. */
export async function openDependencies(
  config: ServiceConfig,
  trustAnchors: readonly TrustAnchor[],
): Promise<ServiceDependencies> {
  const verifier = openVerifier(config, trustAnchors);
  const repository = await createRepository(repositoryConfig(config.databaseUrl));
  return { repository, verifier };
}
