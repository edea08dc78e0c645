import { ParseError } from '../../common/binary/parse-error.ts';
import { childrenOf, decodeOid, elementAt, TAG } from '../../common/pki/cms/der-walk.ts';

const STRUCTURE = 'TBSCertificate';

/** qcStatements (RFC 3739 §3.2.6), present on qualified signature certificates. */
export const QC_STATEMENTS_OID = '1.3.6.1.5.5.7.1.3';

/**
 * The OIDs of every extension in a DER `TBSCertificate` (RFC 5280 §4.1: `extensions [3]
 * EXPLICIT SEQUENCE OF Extension`, each `SEQUENCE { extnID, critical, extnValue }`), read by
 * walking the DER: `CertificateInfo` lists only critical extensions, and a second pkijs parse
 * would double the cost of the holder certificate. Malformed input throws a {@link ParseError}.
 */
export function extensionOids(tbs: Uint8Array): readonly string[] {
  const sequence = elementAt(tbs, 0, STRUCTURE);
  const wrapper = childrenOf(sequence, STRUCTURE).find((item) => item.tag === 0xa3);
  if (wrapper === undefined) return [];
  const [extensions] = childrenOf(wrapper, STRUCTURE);
  if (extensions?.tag !== TAG.sequence) throw new ParseError(STRUCTURE, 0, 'extensions are not a SEQUENCE');
  return childrenOf(extensions, STRUCTURE).map((extension) => {
    const [oid] = childrenOf(extension, STRUCTURE);
    if (oid === undefined) throw new ParseError(STRUCTURE, 0, 'empty Extension');
    return decodeOid(oid, STRUCTURE);
  });
}
