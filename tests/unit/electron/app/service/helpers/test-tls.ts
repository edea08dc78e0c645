import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { isIPv4 } from 'node:net';
import * as asn1js from 'asn1js';
import { Extension } from 'pkijs';
import { buildCertificate, type NameAttribute } from '../../../../../virtual-card/pki/certificate-builder.ts';
import {
  basicConstraintsExtension,
  keyUsageExtension,
} from '../../../../../virtual-card/pki/certificate-extensions.ts';
import type { TestKeyPair } from '../../../../../virtual-card/pki/pki-types.ts';

/** A throwaway CA and a TLS server certificate it issued. */
export interface TestTls {
  /** The CA certificate, PEM and DER (for `extraCaCertificates`). */
  readonly caPem: string;
  readonly caDer: Uint8Array;
  /** The server's key and certificate, PEM (for node:https). */
  readonly key: string;
  readonly cert: string;
}

const commonName = (value: string): NameAttribute[] => [{ type: '2.5.4.3', value, encoding: 'utf8' }];

function p384KeyPair(): TestKeyPair {
  return { algorithm: 'p384', ...generateKeyPairSync('ec', { namedCurve: 'secp384r1' }) };
}

/** subjectAltName (RFC 5280 §4.2.1.6): dNSName [2] IA5String, iPAddress [7] OCTET STRING. */
function subjectAltNameExtension(names: readonly string[]): Extension {
  const generalNames = names.map((name) =>
    isIPv4(name)
      ? new asn1js.Primitive({
          idBlock: { tagClass: 3, tagNumber: 7 },
          valueHex: new Uint8Array(name.split('.').map(Number)),
        })
      : new asn1js.Primitive({
          idBlock: { tagClass: 3, tagNumber: 2 },
          valueHex: Buffer.from(name, 'ascii'),
        }),
  );
  return new Extension({
    extnID: '2.5.29.17',
    critical: false,
    extnValue: new asn1js.Sequence({ value: generalNames }).toBER(),
  });
}

/** extendedKeyUsage (RFC 5280 §4.2.1.12): id-kp-serverAuth. */
function serverAuthExtension(): Extension {
  const serverAuth = new asn1js.ObjectIdentifier({ value: '1.3.6.1.5.5.7.3.1' });
  return new Extension({
    extnID: '2.5.29.37',
    critical: false,
    extnValue: new asn1js.Sequence({ value: [serverAuth] }).toBER(),
  });
}

const pem = (der: Uint8Array): string => new X509Certificate(der).toString();

/**
 * A P-384 CA and a server certificate for `names` (default `localhost` and 127.0.0.1), made with
 * the virtual card's certificate builder, valid from an hour ago for a day.
 */
export function makeTestTls(names: readonly string[] = ['localhost', '127.0.0.1']): TestTls {
  const notBefore = new Date(Date.now() - 3_600_000);
  const notAfter = new Date(Date.now() + 86_400_000);
  const caKeys = p384KeyPair();
  const caDer = buildCertificate({
    serialNumber: new Uint8Array([1]),
    subject: commonName('eID Wizard client test CA'),
    subjectPublicKey: caKeys.publicKey,
    notBefore,
    notAfter,
    extensions: [basicConstraintsExtension(true, 0), keyUsageExtension(['keyCertSign', 'cRLSign'])],
    signer: { keyPair: caKeys },
  });
  const serverKeys = p384KeyPair();
  const serverDer = buildCertificate({
    serialNumber: new Uint8Array([2]),
    subject: commonName(names[0] ?? 'server'),
    subjectPublicKey: serverKeys.publicKey,
    notBefore,
    notAfter,
    extensions: [
      basicConstraintsExtension(false),
      keyUsageExtension(['digitalSignature']),
      serverAuthExtension(),
      subjectAltNameExtension(names),
    ],
    signer: { keyPair: caKeys, certificate: caDer },
  });
  return {
    caPem: pem(caDer),
    caDer,
    key: serverKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: pem(serverDer),
  };
}
