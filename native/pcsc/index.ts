/**
 * The PC/SC driver: the only code that talks to the `pcsclite` addon. Readers, hot-plug and
 * card events ({@link PcscService}), card connections as `CardChannel`s ({@link PcscConnection}),
 * PC/SC part 10 pinpad support, and every SCARD_* code as a typed {@link PcscError}.
 */
export { PcscService, type PcscServiceOptions } from './pcsc-service.ts';
export type { ConnectOptions } from './open-connection.ts';
export { PcscConnection, type DisconnectResult } from './card-connection.ts';
export { PcscError, parseScardCode, toPcscError, type PcscOperation } from './pcsc-error.ts';
export { RETRIABLE, scardCodeInfo, type PcscErrorCode, type ScardCodeInfo } from './scard-codes.ts';
export type { PcscServiceEvent, PcscServiceEventOf, ServiceState } from './service-events.ts';
export type { ReaderInfo } from './reader-entry.ts';
export type { CardWait, WaitForCardOptions } from './wait-for-card.ts';
export type { BackoffOptions } from './backoff.ts';
export { backoffDelay } from './backoff.ts';
export type { Scheduler } from './scheduler.ts';
export type {
  ActiveProtocol,
  BindingContext,
  BindingReader,
  ContextEvents,
  Disposition,
  PcscBinding,
  ProtocolPreference,
  ReaderEvents,
  ReaderStatus,
  ShareMode,
} from './binding.ts';
export { FEATURE, type FeatureName, type PcscFeatures } from './part10/feature-tags.ts';
export { parseFeatureList, Part10ParseError } from './part10/parse-features.ts';
export { buildPinVerifyStructure } from './part10/pin-verify-structure.ts';
export {
  createRemoteBinding,
  type HostProcess,
  type LaunchHost,
  type RemoteBindingOptions,
} from './remote/remote-binding.ts';
export { forkNodeHost, type ForkNodeHostOptions, type NodeHostProcess } from './remote/fork-node-host.ts';
export type { RemoteDiagnostic } from './remote/protocol.ts';
