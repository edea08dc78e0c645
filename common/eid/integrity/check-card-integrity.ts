import { ParseError } from '../../binary/parse-error.ts';
import { trimCertificateFile } from '../../der/card-file-trim.ts';
import { parseCertificateFile } from '../../pki/certificate.ts';
import type { ChainResult } from '../../pki/chain-result.ts';
import { verifyCertificateChain } from '../../pki/verify-certificate-chain.ts';
import { verifyBasicKeyHash, verifyPhotoHash, type HashCheckResult } from './file-hashes.ts';
import { verifyAddressSignature, verifyIdentitySignature } from './file-signatures.ts';
import {
  integrityOutcome,
  type CheckOutcome,
  type CardIntegrityReport,
  type IntegrityCheck,
  type IntegrityCheckName,
  type NotCheckedReason,
} from './integrity-report.ts';
import type { FileSignatureResult } from './rrn-signature.ts';

/** The card files and identity values `checkCardIntegrity` needs; files exactly as read. */
export interface CardIntegrityInput {
  /** `4031`. */
  readonly identityFile: Uint8Array;
  /** `4032`. */
  readonly identitySignature: Uint8Array;
  /** `4033`. */
  readonly addressFile?: Uint8Array;
  /** `4034`. */
  readonly addressSignature?: Uint8Array;
  /** `4035`. */
  readonly photo?: Uint8Array;
  /** `4040` (applet 1.8). */
  readonly basicKeyFile?: Uint8Array;
  /** `503C`, as read or trimmed to DER. */
  readonly rrnCertificate: Uint8Array;
  /** `503B`, as read or trimmed: only compared with the anchor, never trusted itself. */
  readonly rootCertificate?: Uint8Array;
  /** Identity tag `11`. */
  readonly photoHash: Uint8Array;
  /** Identity tag `1A`; absent before applet 1.8. */
  readonly basicKeyHash?: Uint8Array;
  /** DER trust anchors (see `loadPinnedTrustAnchors`). */
  readonly trustAnchors: readonly Uint8Array[];
  readonly now: Date;
}

const passed = (detail: string): CheckOutcome => ({ status: 'passed', detail });
const notChecked = (reason: NotCheckedReason, detail: string): CheckOutcome => ({
  status: 'not-checked',
  reason,
  detail,
});

function fromSignature(result: FileSignatureResult): CheckOutcome {
  if (result.valid) return passed(result.scheme);
  return { status: 'failed', reason: result.reason, detail: `tried ${result.tried.join(', ') || 'nothing'}` };
}

function fromHash(result: HashCheckResult): CheckOutcome {
  if (result.matches) return passed(result.algorithm);
  return { status: 'failed', reason: 'hash-mismatch', detail: `${result.algorithm} differs` };
}

function fromChain(chain: ChainResult): CheckOutcome {
  if (chain.ok) return passed(`trust anchor #${chain.trustAnchorIndex}`);
  return { status: 'failed', reason: chain.reason, detail: chain.message };
}

/** Runs one check; malformed input becomes a failed check with reason `malformed`. */
async function run(name: IntegrityCheckName, check: () => Promise<CheckOutcome>): Promise<IntegrityCheck> {
  try {
    return { name, ...(await check()) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { name, status: 'failed', reason: 'malformed', detail: error.message };
  }
}

async function cardRootCheck(
  input: CardIntegrityInput,
  chain: ChainResult | undefined,
): Promise<CheckOutcome> {
  if (input.rootCertificate === undefined) return notChecked('input-missing', 'no 503B given');
  if (!chain?.ok) return notChecked('prerequisite-failed', 'the RRN certificate chain did not verify');
  const root = await parseCertificateFile(input.rootCertificate);
  if (root === undefined) throw new ParseError('root certificate file', 0, 'no certificate (zero-filled)');
  const anchor = chain.path[chain.path.length - 1];
  const same = anchor !== undefined && equalBytes(anchor.raw.spki, root.raw.spki);
  return same
    ? passed('same key as the trust anchor')
    : { status: 'failed', reason: 'root-key-mismatch', detail: 'card root key differs from the anchor key' };
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * The card's data integrity, following belpic-protocol.md §5.1–§5.2 and
 * pki-and-signing.md §4.4 items 1–3: RRN certificate chain to `trustAnchors` at `now` (key
 * usage `rrn`), card root key == anchor key, identity and address signatures, photo hash, basic
 * key hash. Each check is reported as passed, failed or not-checked with a reason; a check on
 * malformed bytes fails with reason `malformed`. Nothing is thrown for bad card data.
 */
export async function checkCardIntegrity(input: CardIntegrityInput): Promise<CardIntegrityReport> {
  const options = { photoHashLength: input.photoHash.length };
  let chain: ChainResult | undefined;
  const checks: IntegrityCheck[] = [];
  checks.push(
    await run('rrn-certificate-chain', async () => {
      const leaf = trimCertificateFile(input.rrnCertificate);
      if (leaf === undefined) throw new ParseError('RRN certificate file', 0, 'no certificate (zero-filled)');
      const { trustAnchors, now } = input;
      chain = await verifyCertificateChain({ leaf, intermediates: [], trustAnchors, now, purpose: 'rrn' });
      return fromChain(chain);
    }),
  );
  checks.push(await run('card-root', () => cardRootCheck(input, chain)));
  checks.push(
    await run('identity-signature', async () =>
      fromSignature(
        await verifyIdentitySignature(
          input.identityFile,
          input.identitySignature,
          input.rrnCertificate,
          options,
        ),
      ),
    ),
  );
  const { addressFile, addressSignature, photo, basicKeyFile, basicKeyHash } = input;
  checks.push(
    await run('address-signature', async () =>
      addressFile === undefined || addressSignature === undefined
        ? notChecked('input-missing', 'no 4033/4034 given')
        : fromSignature(
            await verifyAddressSignature(
              addressFile,
              addressSignature,
              input.identitySignature,
              input.rrnCertificate,
              options,
            ),
          ),
    ),
  );
  checks.push(
    await run('photo-hash', async () =>
      photo === undefined
        ? notChecked('input-missing', 'no 4035 given')
        : fromHash(await verifyPhotoHash(photo, input.photoHash)),
    ),
  );
  checks.push(
    await run('basic-key-hash', async () => {
      if (basicKeyHash === undefined) return notChecked('not-applicable', 'no identity tag 1A');
      if (basicKeyFile === undefined) return notChecked('input-missing', 'no 4040 given');
      return fromHash(await verifyBasicKeyHash(basicKeyFile, basicKeyHash));
    }),
  );
  return { outcome: integrityOutcome(checks), checks };
}
