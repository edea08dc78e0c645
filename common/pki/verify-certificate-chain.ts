import { ParseError } from '../binary/parse-error.ts';
import { parseCertificate, validityAt, type CertificateInfo } from './certificate.ts';
import { purposeProblem, type CertificatePurpose } from './certificate-purpose.ts';
import { verifyCertificateSignature } from './certificate-signature.ts';
import type { CertificateRef, ChainFailure, ChainFailureReason, ChainResult } from './chain-result.ts';
import { EXTENSION_OID } from './extensions.ts';

/** Input of {@link verifyCertificateChain}; every certificate is DER (card padding trimmed). */
export interface ChainInput {
  readonly leaf: Uint8Array;
  /** Candidate issuers, e.g. the card's Citizen/Foreigner CA (503A); order does not matter. */
  readonly intermediates: readonly Uint8Array[];
  /** The only certificates trusted; the card's own root (503B) must never be one of them. */
  readonly trustAnchors: readonly Uint8Array[];
  /** The moment to check validity at; common code never reads the clock. */
  readonly now: Date;
  /** When given, the leaf's key usage must allow it (pki-and-signing.md §2.2). */
  readonly purpose?: CertificatePurpose;
}

/**
 * Critical extensions chain validation processes (RFC 5280 §4.2: reject any other critical
 * extension). Exported so the service's native fast path applies the same list.
 */
export const PROCESSED_CRITICAL: ReadonlySet<string> = new Set([
  EXTENSION_OID.keyUsage,
  EXTENSION_OID.basicConstraints,
  EXTENSION_OID.extendedKeyUsage,
  EXTENSION_OID.certificatePolicies,
  '2.5.29.17', // subjectAltName
]);

/** Longest path tried (leaf + CAs + anchor); Belgian chains have 2 or 3 certificates. */
const MAX_PATH = 8;

interface Node {
  readonly certificate: CertificateInfo;
  readonly ref: CertificateRef;
}

function failure(reason: ChainFailureReason, node: Node, problem: string): ChainFailure {
  const { role, index } = node.ref;
  const message = `${role}${role === 'leaf' ? '' : ` #${index}`}: ${problem}`;
  return { ok: false, reason, at: node.ref, certificate: node.certificate, message };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

async function parseAll(
  ders: readonly Uint8Array[],
  role: CertificateRef['role'],
): Promise<Node[] | ChainFailure> {
  const nodes: Node[] = [];
  for (const [index, der] of ders.entries()) {
    try {
      nodes.push({ certificate: await parseCertificate(der), ref: { role, index } });
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      return {
        ok: false,
        reason: 'malformed',
        at: { role, index },
        certificate: undefined,
        message: error.message,
      };
    }
  }
  return nodes;
}

/** Phase 1: leaf → anchor by issuer name and signature (RFC 5280 §6.1.3 (a)(1), (a)(4)). */
async function buildPath(leaf: Node, intermediates: Node[], anchors: Node[]): Promise<Node[] | ChainFailure> {
  const path = [leaf];
  for (let current = leaf; ;) {
    if (current.ref.role === 'trust-anchor') return path;
    const self = current.certificate;
    const anchorItself = anchors.find((a) => sameBytes(a.certificate.der, self.der));
    if (anchorItself) return [...path.slice(0, -1), anchorItself];
    if (path.length >= MAX_PATH)
      return failure('untrusted-root', current, 'path too long to reach an anchor');
    const candidates = [...anchors, ...intermediates].filter(
      (c) =>
        sameBytes(c.certificate.raw.subjectName, self.raw.issuerName) &&
        !path.some((p) => sameBytes(p.certificate.der, c.certificate.der)),
    );
    if (candidates.length === 0) {
      const selfIssued = sameBytes(self.raw.subjectName, self.raw.issuerName);
      return failure('untrusted-root', current, selfIssued ? 'self-signed, not a trust anchor' : 'no issuer');
    }
    let issuer: Node | undefined;
    let invalid = false;
    for (const candidate of candidates) {
      const verdict = await verifyCertificateSignature(self, candidate.certificate);
      if (verdict === 'valid') {
        issuer = candidate;
        break;
      }
      if (verdict === 'invalid') invalid = true;
    }
    if (issuer === undefined) {
      return invalid
        ? failure('bad-signature', current, 'signature does not verify with the issuer key')
        : failure('unsupported-algorithm', current, 'signature algorithm or issuer key not supported');
    }
    path.push(issuer);
    current = issuer;
  }
}

/**
 * Phase 2 (RFC 5280 §6.1.3–§6.1.4), each pass from the anchor down except path length:
 * critical extensions and CA-ness first, then pathLenConstraint from the leaf up (the nearest
 * violated constraint is named), then validity dates.
 */
function checkPath(path: readonly Node[], now: Date): ChainFailure | undefined {
  const anchorDown = path.map((node, position) => ({ node, position })).reverse();
  for (const { node, position } of anchorDown) {
    const { criticalExtensions, isCa, keyUsage } = node.certificate;
    const unknownCritical = criticalExtensions.find((oid) => !PROCESSED_CRITICAL.has(oid));
    if (unknownCritical !== undefined) {
      return failure('unsupported-critical-extension', node, `critical extension ${unknownCritical}`);
    }
    if (position > 0 && (!isCa || (keyUsage !== undefined && !keyUsage.keyCertSign))) {
      return failure('not-a-ca', node, 'issuer is not a CA (basicConstraints cA / keyCertSign)');
    }
  }
  for (const [position, node] of path.entries()) {
    const { pathLength } = node.certificate;
    const casBelow = position - 1;
    if (position > 0 && pathLength !== undefined && casBelow > pathLength) {
      return failure('path-too-long', node, `${casBelow} CA(s) below, pathLenConstraint ${pathLength}`);
    }
  }
  for (const { node } of anchorDown) {
    const validity = validityAt(node.certificate, now);
    if (validity !== 'valid')
      return failure(validity, node, validity === 'expired' ? 'expired' : 'not yet valid');
  }
  return undefined;
}

/**
 * Validates `leaf` up to one of `trustAnchors` at `now` (pki-and-signing.md §2.1–§2.2), with
 * explicit checks per link so a failure names its certificate and reason:
 *
 * 1. every input parses (`malformed`);
 * 2. the path is built by issuer name and signature, anchors preferred (`untrusted-root`,
 *    `bad-signature`, `unsupported-algorithm`);
 * 3. unknown critical extensions, issuers are CAs with keyCertSign, pathLenConstraint,
 *    validity of every certificate including the anchor (`unsupported-critical-extension`,
 *    `not-a-ca`, `path-too-long`, `expired`, `not-yet-valid`);
 * 4. the leaf's key usage for `purpose` (`wrong-key-usage`).
 *
 * Revocation and policies are not checked here (pki-and-signing.md §2.5: the kiosk works
 * offline; the server adds OCSP). Results are data: nothing is thrown for a bad chain.
 */
export async function verifyCertificateChain(input: ChainInput): Promise<ChainResult> {
  const leaves = await parseAll([input.leaf], 'leaf');
  if (!Array.isArray(leaves)) return leaves;
  const intermediates = await parseAll(input.intermediates, 'intermediate');
  if (!Array.isArray(intermediates)) return intermediates;
  const anchors = await parseAll(input.trustAnchors, 'trust-anchor');
  if (!Array.isArray(anchors)) return anchors;
  const leaf = leaves[0] as Node;

  const path = await buildPath(leaf, intermediates, anchors);
  if (!Array.isArray(path)) return path;
  const pathFailure = checkPath(path, input.now);
  if (pathFailure) return pathFailure;
  if (input.purpose !== undefined) {
    const problem = purposeProblem(leaf.certificate, input.purpose);
    if (problem !== undefined) return failure('wrong-key-usage', leaf, problem);
  }
  const anchor = path[path.length - 1] as Node;
  return { ok: true, path: path.map((n) => n.certificate), trustAnchorIndex: anchor.ref.index };
}
