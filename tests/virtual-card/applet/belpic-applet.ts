import {
  encodeResponse,
  MalformedApduError,
  parseCommandApdu,
  status,
  type CommandApdu,
  type ResponseApdu,
} from './apdu.ts';
import { changeReferenceData, resetRetryCounter, verify } from './commands/pin-commands.ts';
import { computeDigitalSignature } from './commands/compute-digital-signature.ts';
import { getCardData } from './commands/get-card-data.ts';
import { getChallenge } from './commands/get-challenge.ts';
import { getResponse } from './commands/get-response.ts';
import { internalAuthenticate } from './commands/internal-authenticate.ts';
import { logOff } from './commands/log-off.ts';
import { manageSecurityEnvironment } from './commands/manage-security-environment.ts';
import { readBinary } from './commands/read-binary.ts';
import { readRecord } from './commands/read-record.ts';
import { select } from './commands/select.ts';
import type { CardKeys } from './card-keys.ts';
import type { DedicatedFile } from './file-system.ts';
import type { Personality } from './personality.ts';
import { CardholderPin } from './pin-access.ts';
import { newSession, type AppletContext, type CardPersistentState } from './session.ts';
import { SW } from './status-words.ts';

type Handler = (apdu: CommandApdu, ctx: AppletContext) => ResponseApdu;

/** UPDATE BINARY, EXTERNAL AUTHENTICATE, ACTIVATE, DEACTIVATE, GENERATE KEY PAIR (belpic-protocol.md §7.6). */
const ADMINISTRATIVE_INSTRUCTIONS = [0xd6, 0x82, 0x44, 0x04, 0x46];

const refuseAdministrative: Handler = () => status(SW.SECURITY_NOT_SATISFIED);

interface CommandEntry {
  /** The class byte the command uses: 00 for ISO commands, 80 for BELPIC proprietary ones. */
  readonly cla: 0x00 | 0x80;
  readonly handler: Handler;
  /** VERIFY, CHANGE and PSO:CDS are the PIN sequence itself; all others count as "a command in between". */
  readonly pinSequence?: boolean;
  /** Only on personalities that support it. */
  readonly when?: (p: Personality) => boolean;
}

/** What the applet needs to come to life: its generation, files, keys, PIN and chip serial. */
export interface AppletConfig {
  readonly personality: Personality;
  readonly mf: DedicatedFile;
  readonly keys: CardKeys;
  readonly serial: Uint8Array;
  readonly pin: string;
  readonly pinTriesLeft: number;
  readonly random: (length: number) => Uint8Array;
}

/**
 * The BELPIC applet: parses each command APDU, checks class and instruction, dispatches to
 * the command handler, and keeps the T=0 response-chaining and PIN-window bookkeeping in one
 * place. Behaviour follows belpic-protocol.md §12.2.
 */
export class BelpicApplet {
  readonly #ctx: AppletContext;
  readonly #commands: ReadonlyMap<number, CommandEntry>;

  constructor(config: AppletConfig) {
    const persistent: CardPersistentState = { internalAuthenticateCount: 0 };
    this.#ctx = {
      personality: config.personality,
      mf: config.mf,
      keys: config.keys,
      pin: new CardholderPin(config.pin, config.pinTriesLeft, config.personality.nonRepudiationWindow),
      session: newSession(config.mf),
      persistent,
      random: config.random,
    };
    const serial = config.serial;
    const all: [number, CommandEntry][] = [
      [0xa4, { cla: 0x00, handler: select }],
      [0xb0, { cla: 0x00, handler: readBinary }],
      [0xc0, { cla: 0x00, handler: getResponse }],
      [0x20, { cla: 0x00, handler: verify, pinSequence: true }],
      [0x24, { cla: 0x00, handler: changeReferenceData, pinSequence: true }],
      [0x2c, { cla: 0x00, handler: resetRetryCounter }],
      [0x22, { cla: 0x00, handler: manageSecurityEnvironment }],
      [0x2a, { cla: 0x00, handler: computeDigitalSignature, pinSequence: true }],
      [0x84, { cla: 0x00, handler: getChallenge }],
      [0x88, { cla: 0x00, handler: internalAuthenticate, when: (p) => p.internalAuthenticate }],
      [0xe4, { cla: 0x80, handler: (a, c) => getCardData(a, c, serial) }],
      [0xe6, { cla: 0x80, handler: logOff }],
      [0xb2, { cla: 0x80, handler: readRecord, when: (p) => p.readRecord }],
      // Administrative commands need role certificates a citizen's host never holds (§7.6).
      ...ADMINISTRATIVE_INSTRUCTIONS.map((ins): [number, CommandEntry] => [
        ins,
        { cla: 0x00, handler: refuseAdministrative },
      ]),
    ];
    this.#commands = new Map(all.filter(([, e]) => e.when?.(config.personality) ?? true));
  }

  /** The PIN state, for tests (tries left, whether the authentication right is held). */
  get pin(): CardholderPin {
    return this.#ctx.pin;
  }

  /** Power-on or warm reset: applet selected, MF current, SE and PIN rights gone (RM18 §2.2). */
  reset(): void {
    Object.assign(this.#ctx.session, newSession(this.#ctx.mf));
    this.#ctx.pin.clearRights();
  }

  /** Processes one command APDU and returns the response bytes (data ‖ SW1 SW2). */
  process(command: Uint8Array): Uint8Array {
    return encodeResponse(this.#dispatch(command));
  }

  #dispatch(bytes: Uint8Array): ResponseApdu {
    let apdu: CommandApdu;
    try {
      apdu = parseCommandApdu(bytes);
    } catch (error) {
      if (error instanceof MalformedApduError) return status(error.sw);
      throw error;
    }
    const ctx = this.#ctx;
    if (apdu.ins !== 0xc0) ctx.session.pendingResponse = undefined; // T=0: any other command drops the data
    if ((apdu.cla & 0x03) !== 0) {
      // BELPIC lives on the basic channel only: SELECT there is a forbidden channel (§1.3, §12.2),
      // any other command a wrong class.
      return status(apdu.ins === 0xa4 ? SW.FORBIDDEN_CHANNEL : SW.WRONG_CLASS);
    }
    const entry = this.#commands.get(apdu.ins);
    if (entry === undefined) return status(SW.INS_NOT_SUPPORTED);
    if (apdu.cla !== entry.cla) return status(SW.CLA_NOT_SUPPORTED);
    if (!ctx.session.appletSelected && apdu.ins !== 0xa4) return status(SW.INS_NOT_SUPPORTED);
    if (!entry.pinSequence && apdu.ins !== 0xc0) ctx.pin.noteOtherCommand();
    if (apdu.ins === 0x20 && apdu.data.length === 0) ctx.pin.noteOtherCommand(); // a status query is not a VERIFY
    return entry.handler(apdu, ctx);
  }
}
