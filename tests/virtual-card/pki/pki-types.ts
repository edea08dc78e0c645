import type { KeyObject } from 'node:crypto';

/** Key type of a test PKI: RSA-2048 (applet 1.7 era) or P-384 (applet 1.8 / RCA6 era). */
export type KeyAlgorithm = 'rsa2048' | 'p384';

/** A deterministic key pair and the algorithm it belongs to. */
export interface TestKeyPair {
  algorithm: KeyAlgorithm;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** One DER certificate with the key pair of its subject. */
export interface TestCertificate {
  der: Uint8Array;
  keyPair: TestKeyPair;
  subjectCommonName: string;
}

/** The card-independent part of a test PKI: root, the two issuing CAs and the RRN certificate. */
export interface TestPki {
  seed: string;
  algorithm: KeyAlgorithm;
  root: TestCertificate;
  citizenCa: TestCertificate;
  foreignerCa: TestCertificate;
  rrn: TestCertificate;
}

/** Card holder name fields as they appear in the certificate subject. */
export interface CardholderName {
  /** All given names, space-separated (`GN=`); the first one goes into the CN. */
  givenNames: string;
  surname: string;
  /** The 11-digit national number (`serialNumber=`), as in the identity file. */
  nationalNumber: string;
}

/** The card holder's certificates (`3F00 DF00 5038` and `5039`). */
export interface CardholderCertificates {
  authentication: TestCertificate;
  /** Absent for cards without a signing certificate (minors, or when revoked at issuance). */
  signing?: TestCertificate;
}
