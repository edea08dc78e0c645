/**
 * A tiny script language for the PIN access examples of belpic-protocol.md §6.3: each step is
 * one APDU, and the outcome of every `SIGN` (PSO:CDS) is reported as `OK` (`61 xx`) or its SW.
 */
import type { VirtualCard } from '../../virtual-card/index.ts';
import { LOG_OFF, send, VERIFY_1234, VERIFY_WRONG } from './apdu-helpers.ts';
import { AUTH_KEY, digest, getResponse, mseApdu, NON_REP_KEY, psoApdu, READ } from './signing-helpers.ts';

export type Step =
  | 'MSE(82)' // MSE SET, authentication key
  | 'MSE(83)' // MSE SET, non-repudiation key
  | 'VERIFY' // successful VERIFY (PIN 1234)
  | 'BAD VERIFY' // VERIFY with a wrong PIN
  | 'READ' // a SELECT FILE: any command that is neither MSE, VERIFY, PSO nor PIN/SE-resetting
  | 'CARD DATA' // GET CARD DATA, another harmless command
  | 'SIGN' // PSO:CDS with the algorithm of the applet
  | 'GET RESPONSE' // fetches the pending signature
  | 'LOG OFF';

/** A hash algorithm reference and matching digest for each applet (§7.1). */
function signatureParameters(card: VirtualCard): { algorithm: number; dtbs: Uint8Array } {
  return card.image.personality.id === '1.7'
    ? { algorithm: 0x08, dtbs: digest('sha256', 'pin access model') }
    : { algorithm: 0x02, dtbs: digest('sha384', 'pin access model') };
}

/** Runs the steps; returns the outcome of each SIGN in order (`OK` or the status word). */
export async function runScript(card: VirtualCard, steps: readonly Step[]): Promise<string[]> {
  const { algorithm, dtbs } = signatureParameters(card);
  const outcomes: string[] = [];
  let pending = 0;
  for (const step of steps) {
    switch (step) {
      case 'MSE(82)':
      case 'MSE(83)': {
        const r = await send(card, mseApdu(algorithm, step === 'MSE(82)' ? AUTH_KEY : NON_REP_KEY));
        if (r.sw !== '9000') throw new Error(`${step} answered ${r.sw}`);
        break;
      }
      case 'VERIFY':
      case 'BAD VERIFY': {
        const r = await send(card, step === 'VERIFY' ? VERIFY_1234 : VERIFY_WRONG);
        if ((r.sw === '9000') !== (step === 'VERIFY')) throw new Error(`${step} answered ${r.sw}`);
        break;
      }
      case 'READ':
        await send(card, READ);
        break;
      case 'CARD DATA':
        await send(card, '80 E4 00 00 1C');
        break;
      case 'SIGN': {
        const r = await send(card, psoApdu(dtbs));
        outcomes.push(r.sw1 === 0x61 ? 'OK' : r.sw);
        pending = r.sw1 === 0x61 ? r.sw2 : 0;
        break;
      }
      case 'GET RESPONSE':
        await getResponse(card, pending);
        break;
      case 'LOG OFF':
        await send(card, LOG_OFF);
        break;
    }
  }
  return outcomes;
}
