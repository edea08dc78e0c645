/**
 * The contract machinery between the renderer and the main process (architecture: "One
 * contract, two transports"): declare a contract of commands and events with TypeBox
 * schemas, serve it on a transport, call it through a typed client. Pure: no Node, no DOM,
 * so the renderer, main and the test host all use it.
 */
export { BytesSchema, type BytesOptions } from './bytes-schema.ts';
export { BYTES_KEY, decodeBytes, encodeBytes, MAX_DEPTH } from './byte-codec.ts';
export type { CallController, CallSignal } from './call-signal.ts';
export {
  command,
  defineContract,
  type CommandArg,
  type CommandDefinition,
  type CommandDefinitions,
  type CommandName,
  type CommandResult,
  type Contract,
  type EventDefinitions,
  type EventName,
  type EventPayload,
} from './contract.ts';
export {
  createContractClient,
  type CallOptions,
  type ClientOptions,
  type ContractClient,
} from './contract-client.ts';
export { ContractCallError, ContractError, errorDataOf, isContractError } from './contract-error.ts';
export type { DiagnosticSink, IpcDiagnostic } from './diagnostics.ts';
export {
  EnvelopeSchema,
  NAME_PATTERN,
  parseEnvelope,
  type CallEnvelope,
  type CancelEnvelope,
  type Envelope,
  type ErrorEnvelope,
  type EventEnvelope,
  type ResultEnvelope,
} from './envelope.ts';
export { IPC_ERROR_CATEGORIES, IPC_ERROR_CODES, ipcErrorData, type IpcErrorCode } from './error-codes.ts';
export { ContractErrorDataSchema, type ContractErrorData, type ErrorDetails } from './error-data.ts';
export type { CommandHandler, ContractHandlers, HandlerContext } from './handlers.ts';
export { createMemoryTransportPair, type MemoryTransportPair } from './memory-transport.ts';
export { serveContract, type ContractServer, type ServeOptions } from './serve-contract.ts';
export { DEFAULT_MAX_FRAME_CHARS, decodeTextFrame, encodeTextFrame } from './text-frame.ts';
export {
  createTextFrameTransport,
  type TextFrameSocket,
  type TextFrameTransport,
  type TextFrameTransportOptions,
} from './text-frame-transport.ts';
export type { Transport } from './transport.ts';
