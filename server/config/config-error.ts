/** A configuration the service refuses to start with; the message says which key and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
