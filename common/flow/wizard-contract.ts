import { Type } from 'typebox';
import { LANGUAGES } from '../i18n/languages.ts';
import { BytesSchema } from '../ipc/bytes-schema.ts';
import { command, defineContract } from '../ipc/contract.ts';
import { FlowSnapshotSchema } from './snapshot.ts';

const Empty = Type.Object({}, { additionalProperties: false });
const Done = Type.Null();

/**
 * The wizard's contract between the renderer (a view) and main (the flow), served over the
 * Electron transport and, in tests and development, the loopback WebSocket host
 * (architecture.md "One contract, two transports"). Commands are the person's intents; the
 * `state` event carries every new snapshot. Main re-checks everything: the schemas bound every
 * string and byte array, and the flow refuses a command that does not fit its step
 * (`not-allowed-now`) or a PIN that is not 4–12 digits (`pin-format`).
 */
export const WIZARD_CONTRACT = defineContract({
  commands: {
    /** The current snapshot (a view that (re)connects starts from it). */
    getState: command(Empty, FlowSnapshotSchema),
    start: command(Empty, Done),
    setLanguage: command(
      Type.Object(
        { language: Type.Enum([...LANGUAGES], { type: 'string' }) },
        { additionalProperties: false },
      ),
      Done,
    ),
    chooseReader: command(
      Type.Object({ reader: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      Done,
    ),
    /** `pin`: ASCII digits as typed; absent on a PIN pad reader (typed there). Zero-filled by main. */
    submitPin: command(
      Type.Object(
        { pin: Type.Optional(BytesSchema({ minLength: 4, maxLength: 12, description: 'ASCII digits' })) },
        { additionalProperties: false },
      ),
      Done,
    ),
    submitDetails: command(
      Type.Object(
        {
          code: Type.String({ maxLength: 32 }),
          email: Type.String({ maxLength: 254 }),
          phone: Type.Optional(Type.String({ maxLength: 32 })),
        },
        { additionalProperties: false },
      ),
      Done,
    ),
    /** The person ticked "I confirm that all information provided is correct". */
    confirm: command(Type.Object({ confirmed: Type.Literal(true) }, { additionalProperties: false }), Done),
    back: command(Empty, Done),
    retry: command(Empty, Done),
    cancel: command(Empty, Done),
    /**
     * The person is still there: "I need more time" on the idle warning, or typing on a step
     * that waits for them. Clears `idleWarningUntil` and counts the idle timeout again; accepted
     * (and does nothing) while the flow works.
     */
    stillHere: command(Empty, Done),
  },
  events: {
    state: FlowSnapshotSchema,
  },
});

export type WizardContract = typeof WIZARD_CONTRACT;
