/**
 * The Belgian eID root certificates the app and the service trust, pinned by the SHA-256
 * fingerprint of their DER encoding. Only these files are anchors; a root read from a card
 * (file 503B) is never trusted by itself (pki-and-signing.md §3.5, shared/trust/README.md).
 */
export interface PinnedRoot {
  /** File name under `resources/trust/`. */
  readonly file: string;
  readonly commonName: string;
  readonly keyType: 'RSA-4096' | 'ECDSA P-384';
  /** Last day of validity (UTC), as in the certificate. */
  readonly validUntil: string;
  /** Upper-case hex SHA-256 of the DER certificate, no separators. */
  readonly sha256: string;
}

/** Root CA3 and CA4 (RSA, applet 1.7 cards), CA4's 2032 re-issue (same key), and Root CA6 (EC, 1.8). */
export const BELGIAN_ROOTS: readonly PinnedRoot[] = [
  {
    file: 'belgiumrca3.pem',
    commonName: 'Belgium Root CA3',
    keyType: 'RSA-4096',
    validUntil: '2028-01-28',
    sha256: 'A8D14E945E3E5156BCAE5E39737CF6A1B1F51028BBBF982F50CE5F4C05568B4D',
  },
  {
    file: 'belgiumrca4.pem',
    commonName: 'Belgium Root CA4',
    keyType: 'RSA-4096',
    validUntil: '2028-01-28',
    sha256: 'C3FBF37259AF0954EEEA4282DD1C7226A54E7150F7C29A2C495BA34DBFE09CA0',
  },
  {
    file: 'belgiumrca4b.pem',
    commonName: 'Belgium Root CA4',
    keyType: 'RSA-4096',
    validUntil: '2032-10-22',
    sha256: '702DD5C1A093CF0A9D71FADD9BF9A7C5857D89FB73B716E867228B3C2BEB968F',
  },
  {
    file: 'belgiumrca6.pem',
    commonName: 'Belgium Root CA6',
    keyType: 'ECDSA P-384',
    validUntil: '2040-06-03',
    sha256: '9C872BC979A7C09A58D4A274C199E5CB16CFA9B9618D98BC9A9988E984B8495C',
  },
];
