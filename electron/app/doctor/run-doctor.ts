import { PcscService, type PcscServiceOptions } from '../../../native/pcsc/pcsc-service.ts';
import type { ReaderInfo } from '../../../native/pcsc/reader-entry.ts';
import { authenticateChip } from '../card/chip-authentication.ts';
import { openCardSession, type CardSession } from '../card/card-session.ts';
import { readCardData } from '../card/read-card-data.ts';
import { cardErrorCheck } from './card-error-check.ts';
import { chipCheck, integrityCheck, pinCheck } from './card-state-checks.ts';
import { certificateChecks } from './certificate-checks.ts';
import { check, type DoctorCheck, type DoctorReport } from './doctor-check.ts';

/** Options of {@link runDoctor}. */
export interface DoctorOptions {
  /** The reader to examine (default: the first reader with a card). */
  readonly reader?: string;
  /** How long to wait for the PC/SC service and a card (default 3 s). */
  readonly waitMs?: number;
  readonly trustAnchors: readonly Uint8Array[];
  readonly now: Date;
  readonly service?: PcscServiceOptions;
}

/**
 * Everything between the computer and a usable card, in order, each with what to do when it
 * fails: PC/SC service, readers, card, applet, pinpad, PIN tries, certificates and chain,
 * identity integrity, chip authenticity. Stops at the first step the later ones need.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const service = PcscService.start(options.service);
  try {
    await service
      .waitForCard({ reader: options.reader, timeoutMs: options.waitMs ?? 3000 })
      .catch(() => undefined);
    if (service.state !== 'available') {
      checks.push(check.problem('service', 'doctor.service.unavailable', 'doctor.service.advice'));
      return report(checks);
    }
    checks.push(check.ok('service', 'doctor.service.ok'));
    const readers = service.readers();
    if (readers.length === 0) {
      checks.push(check.problem('readers', 'doctor.readers.none', 'doctor.readers.advice'));
      return report(checks);
    }
    for (const reader of readers) checks.push(readerCheck(reader));
    const target = pickReader(readers, options.reader);
    if (!target?.cardPresent) {
      checks.push(check.problem('card', 'doctor.card.none', 'doctor.card.insertAdvice'));
      return report(checks);
    }
    if (target.mute) {
      checks.push(check.problem('card', 'doctor.card.unreadable', 'doctor.card.unreadableAdvice'));
      return report(checks);
    }
    let session: CardSession | undefined;
    try {
      session = await openCardSession(service, target.name);
      await examineCard(session, options, checks);
    } catch (error) {
      checks.push(cardErrorCheck(error));
    } finally {
      await session?.close().catch(() => {});
    }
    return report(checks);
  } finally {
    await service.close();
  }
}

async function examineCard(
  session: CardSession,
  options: DoctorOptions,
  checks: DoctorCheck[],
): Promise<void> {
  const { card, connection } = session;
  checks.push(check.ok('card', 'doctor.card.ok', { applet: card.applet.version }));
  checks.push(
    connection.pinpad
      ? check.info('pinpad', 'doctor.pinpad.yes', { reader: session.reader })
      : check.info('pinpad', 'doctor.pinpad.no', { reader: session.reader }),
  );
  checks.push(pinCheck(card.identification.pinStatus));
  const data = await readCardData(
    card,
    { photo: true, certificates: true },
    options.trustAnchors,
    options.now,
  );
  checks.push(...(await certificateChecks(data.certificates, options.trustAnchors, options.now)));
  checks.push(integrityCheck(data.integrity));
  if (data.basicKey) checks.push(chipCheck(await authenticateChip(card, data.basicKey)));
}

function readerCheck(reader: ReaderInfo): DoctorCheck {
  const state = reader.cardPresent ? (reader.mute ? 'mute' : 'card') : 'empty';
  return check.info(`reader:${reader.name}`, `doctor.reader.${state}`, { reader: reader.name });
}

function pickReader(readers: readonly ReaderInfo[], name: string | undefined): ReaderInfo | undefined {
  if (name !== undefined) return readers.find((reader) => reader.name === name);
  return readers.find((reader) => reader.cardPresent) ?? readers[0];
}

function report(checks: DoctorCheck[]): DoctorReport {
  return { ok: checks.every((c) => c.status !== 'problem'), checks };
}
