/**
 * Signing sequences of belpic-protocol.md §7: MSE SET, PSO:CDS, GET RESPONSE, and the public
 * keys taken from the certificates as a host reads them from the card.
 */
import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import type { VirtualCard } from '../../virtual-card/index.ts';
import {
  concat,
  derObject,
  hex,
  newCard,
  readFile,
  send,
  type Response,
  type Transmitter,
} from './apdu-helpers.ts';

/** Key references (§7.1). */
export const AUTH_KEY = 0x82;
export const NON_REP_KEY = 0x83;
export const BASIC_KEY = 0x81;

/** `00 22 41 B6 05 04 80 <alg> 84 <key>` (§7.1). */
export function mseApdu(algorithm: number, key: number): Uint8Array {
  return Uint8Array.of(0x00, 0x22, 0x41, 0xb6, 0x05, 0x04, 0x80, algorithm, 0x84, key);
}

/** MSE SET; returns the status word. */
export async function mse(card: Transmitter, algorithm: number, key: number): Promise<string> {
  return (await send(card, mseApdu(algorithm, key))).sw;
}

/** `00 2A 9E 9A Lc <DTBS>` sent without Le (T=0, §7.2). */
export function psoApdu(dtbs: Uint8Array): Uint8Array {
  return concat(hex('00 2A 9E 9A'), Uint8Array.of(dtbs.length), dtbs);
}

/** PSO:CDS; returns the full response (expect `61 xx` or an error). */
export function pso(card: Transmitter, dtbs: Uint8Array): Promise<Response> {
  return send(card, psoApdu(dtbs));
}

/** `00 C0 00 00 Le` (§3.3). */
export function getResponse(card: Transmitter, le: number): Promise<Response> {
  return send(card, Uint8Array.of(0x00, 0xc0, 0x00, 0x00, le & 0xff));
}

/** PSO:CDS and, on `61 xx`, the GET RESPONSE that fetches the signature. Throws on any other SW. */
export async function signDtbs(card: Transmitter, dtbs: Uint8Array): Promise<Uint8Array> {
  const first = await pso(card, dtbs);
  if (first.sw1 !== 0x61) throw new Error(`PSO answered ${first.sw}`);
  const second = await getResponse(card, first.sw2);
  if (second.sw !== '9000') throw new Error(`GET RESPONSE answered ${second.sw}`);
  return second.data.slice();
}

/** A digest computed here, independently of the card. */
export function digest(algorithm: string, message: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash(algorithm).update(message).digest());
}

/** The DigestInfo prefix for SHA-256 quoted from §7.1. */
export const SHA256_DIGEST_INFO = hex('30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20');

/** Reads a certificate file as a host does (§3.2: trim the padding by the DER length). */
export async function readCertificate(card: VirtualCard, fid: string): Promise<X509Certificate> {
  const file = await readFile(card, `3F00 DF00 ${fid}`);
  return new X509Certificate(derObject(file));
}

/** The public key of the authentication (5038) or signing (5039) certificate, read from a card `id`. */
export async function certificateKey(id: string, key: number): Promise<KeyObject> {
  const certificate = await readCertificate(newCard(id), key === AUTH_KEY ? '5038' : '5039');
  return certificate.publicKey;
}

/** A SELECT that is a harmless "Read" in the §6.3 examples. */
export const READ = '00 A4 08 0C 06 3F 00 DF 01 40 31';
