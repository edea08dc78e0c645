/**
 * What differs between applet 1.7 and 1.8, as data (architecture.md "Card layer shape",
 * style rule 4): the rest of the library reads these fields instead of branching on versions.
 * Keyed by GET CARD DATA byte 21 (belpic-protocol.md §1.4).
 */
export interface AppletProfile {
  /** Human-readable version, e.g. `1.8`. */
  readonly version: string;
  /** GET CARD DATA byte 21. */
  readonly versionByte: number;
  /** Key type of the authentication (82) and non-repudiation (83) keys (§0). */
  readonly keyAlgorithm: 'RSA-2048' | 'EC-P384';
  /**
   * MSE SET algorithm reference used for both user keys (§7.1): 1.7 `01` = PKCS#1 v1.5 with
   * the DigestInfo supplied by the host (any hash); 1.8 `40` = ECDSA, hash not specified
   * (what the minidriver, macOS token and BeIDConnect send).
   */
  readonly mseAlgorithmReference: number;
  /** What PSO:CDS takes: a DER DigestInfo ‖ hash (RSA) or the bare hash (ECDSA) (§7.2). */
  readonly signatureInput: 'digest-info' | 'bare-digest';
  /** Signature length PSO:CDS returns: 256 B RSA-2048, 96 B raw r‖s for P-384 (§7.2). */
  readonly signatureLength: number;
  /** Where the PIN tries left come from without spending one (§6.1). */
  readonly pinTriesSource: 'card-data-p2-01' | 'empty-verify';
  /** Commands allowed between VERIFY and PSO:CDS(83): 0 on 1.7, 1 on 1.8 (§6.3); we send none. */
  readonly nonRepudiationWindow: number;
  /** EF(PuK#1 Basic) `4040` and INTERNAL AUTHENTICATE with key 81 exist (§4.6, §7.5). */
  readonly basicKey: boolean;
}

export const APPLET_PROFILES: readonly AppletProfile[] = [
  {
    version: '1.7',
    versionByte: 0x17,
    keyAlgorithm: 'RSA-2048',
    mseAlgorithmReference: 0x01,
    signatureInput: 'digest-info',
    signatureLength: 256,
    // 1.7: the empty VERIFY does not decrement (RM17 §6.5 compatibility note); 1.1's does.
    pinTriesSource: 'empty-verify',
    nonRepudiationWindow: 0,
    basicKey: false,
  },
  {
    version: '1.8',
    versionByte: 0x18,
    keyAlgorithm: 'EC-P384',
    mseAlgorithmReference: 0x40,
    signatureInput: 'bare-digest',
    signatureLength: 96,
    pinTriesSource: 'card-data-p2-01',
    nonRepudiationWindow: 1,
    basicKey: true,
  },
];

/**
 * The profile for GET CARD DATA byte 21, or undefined when the applet is not supported (1.1
 * and older: RSA-1024, and an empty VERIFY that spends a try). Later applets are treated as
 * 1.8, as eid-mw, OpenSC and BeIDConnect do ("≥ 18 → ECDSA card", §1.4).
 */
export function appletProfile(versionByte: number): AppletProfile | undefined {
  const exact = APPLET_PROFILES.find((profile) => profile.versionByte === versionByte);
  if (exact || versionByte < 0x18) return exact;
  const latest = APPLET_PROFILES[APPLET_PROFILES.length - 1] as AppletProfile;
  return { ...latest, versionByte, version: `${versionByte >> 4}.${versionByte & 0x0f}` };
}
