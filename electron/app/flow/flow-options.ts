import type { Language } from '../../../common/i18n/languages.ts';
import type { PcscService } from '../../../native/pcsc/index.ts';
import type { ServiceClient } from '../service/service-client.ts';
import type { RegistrationCard } from './registration-card.ts';
import type { SignedApplication } from './sign-application.ts';

/** What the flow needs from the rest of main. */
export interface RegistrationFlowOptions {
  readonly pcsc: PcscService;
  readonly service: ServiceClient;
  /** Belgian root CAs (pinned), or the virtual cards' roots in tests. */
  readonly trustAnchors: readonly Uint8Array[];
  /** The origin Web eID tokens are signed for; default the service's origin. */
  readonly origin?: string;
  /** Sent in the token (`appVersion`), e.g. the release URL. */
  readonly appVersion: string;
  readonly language?: Language;
  /**
   * Use this reader only, as if it were the only one connected (`eid-wizard register --reader`,
   * a kiosk's built-in reader). Default: every reader, the choice made as `readerToRead` says.
   */
  readonly reader?: string;
  readonly now?: () => Date;
  /** While the flow waits for the person: after this long it wipes itself. Default 10 min; 0 = never. */
  readonly idleTimeoutMs?: number;
  /**
   * How long before that wipe the snapshot carries `idleWarningUntil`, so that the person can
   * ask for more time (`stillHere`). Default 30 s (WCAG 2.2.1 wants at least 20 s); clamped to
   * the timeout; 0 = no warning.
   */
  readonly idleWarningMs?: number;
  /**
   * For tests only: sees the buffers the flow owns (the files read from the card, the signed
   * application) when it gets them, so that a test can check a wipe zero-filled them. The flow
   * keeps them private otherwise; nothing in the app passes this.
   */
  readonly inspect?: {
    readonly cardRead?: (card: RegistrationCard) => void;
    readonly signed?: (signed: SignedApplication) => void;
  };
}
