/**
 * The virtual Belgian eID card: build a card image from a profile, wrap it in a
 * {@link VirtualCard}, and put it in a vpcd reader ({@link VpcdClient}) or use it directly
 * ({@link InProcessCardChannel}).
 */
export { ApduTrace, instructionName, toHex, type TraceEntry } from './apdu-trace.ts';
export { APPLET_17, APPLET_18, PERSONALITIES, type Personality } from './applet/personality.ts';
export { buildCardImage, cardIds, DEFAULT_SEED, type CardImage } from './card-image.ts';
export { PROFILES, type CardProfile } from './card-data/profiles.ts';
export { FaultInjector, type CommandMatch } from './fault-injector.ts';
export { InProcessCardChannel } from './transports/in-process-channel.ts';
export { VpcdClient, VPCD_BASE_PORT, type VpcdOptions } from './transports/vpcd-client.ts';
export {
  VirtualCard,
  VirtualCardRemovedError,
  type CardEvent,
  type VirtualCardOptions,
} from './virtual-card.ts';
