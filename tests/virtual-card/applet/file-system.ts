/**
 * The BELPIC file tree (belpic-protocol.md §2.1): a master file `3F00` with EF(DIR) `2F00`,
 * DF(BELPIC) `DF00` (PKCS#15 application, certificates) and DF(ID) `DF01` (National Register
 * files). All EFs are transparent; `4031`/`4033` are also readable record by record on 1.8.
 */
export interface ElementaryFile {
  readonly kind: 'ef';
  readonly fid: number;
  readonly content: Uint8Array;
  /** TLV files that READ RECORD (1.8) may address. */
  readonly structured: boolean;
}

/** A dedicated file: the MF or one of its two child DFs. */
export interface DedicatedFile {
  readonly kind: 'df';
  readonly fid: number;
  /** Application identifier for SELECT by AID (belpic-protocol.md §1.3), when the DF has one. */
  readonly aid: Uint8Array | undefined;
  readonly children: ReadonlyMap<number, FileNode>;
  readonly parent: DedicatedFile | undefined;
}

/** A node of the tree. */
export type FileNode = ElementaryFile | DedicatedFile;

/** File identifiers (belpic-protocol.md §2.1). */
export const FID = {
  MF: 0x3f00,
  DIR: 0x2f00,
  BELPIC: 0xdf00,
  ODF: 0x5031,
  TOKEN_INFO: 0x5032,
  AODF: 0x5034,
  PRKDF: 0x5035,
  CDF: 0x5037,
  CERT_AUTH: 0x5038,
  CERT_SIGN: 0x5039,
  CERT_CA: 0x503a,
  CERT_ROOT: 0x503b,
  CERT_RRN: 0x503c,
  ID: 0xdf01,
  IDENTITY: 0x4031,
  IDENTITY_SIGNATURE: 0x4032,
  ADDRESS: 0x4033,
  ADDRESS_SIGNATURE: 0x4034,
  PHOTO: 0x4035,
  BASIC_PUBLIC_KEY: 0x4040,
} as const;

/** DF(BELPIC) AID: `A0 00 00 01 77` + ASCII "PKCS-15" (belpic-protocol.md §1.3). */
export const BELPIC_DF_AID = Uint8Array.of(
  0xa0,
  0x00,
  0x00,
  0x01,
  0x77,
  0x50,
  0x4b,
  0x43,
  0x53,
  0x2d,
  0x31,
  0x35,
);
/** DF(ID) AID: `A0 00 00 01 77` + ASCII "IdFiles" (belpic-protocol.md §1.3). */
export const ID_DF_AID = Uint8Array.of(
  0xa0,
  0x00,
  0x00,
  0x01,
  0x77,
  0x49,
  0x64,
  0x46,
  0x69,
  0x6c,
  0x65,
  0x73,
);

/** The content of each EF, by DF. Absent files are simply not listed. */
export interface FileContents {
  readonly root: ReadonlyMap<number, Uint8Array>;
  readonly belpic: ReadonlyMap<number, Uint8Array>;
  readonly id: ReadonlyMap<number, Uint8Array>;
}

const STRUCTURED = new Set<number>([FID.IDENTITY, FID.ADDRESS]);

/** Builds the MF with its two DFs from the given contents. */
export function buildFileTree(contents: FileContents): DedicatedFile {
  const mfChildren = new Map<number, FileNode>();
  const mf: DedicatedFile = {
    kind: 'df',
    fid: FID.MF,
    aid: undefined,
    children: mfChildren,
    parent: undefined,
  };
  const df = (fid: number, aid: Uint8Array, files: ReadonlyMap<number, Uint8Array>): DedicatedFile => {
    const children = new Map<number, FileNode>();
    for (const [id, content] of files) children.set(id, ef(id, content));
    return { kind: 'df', fid, aid, children, parent: mf };
  };
  for (const [id, content] of contents.root) mfChildren.set(id, ef(id, content));
  mfChildren.set(FID.BELPIC, df(FID.BELPIC, BELPIC_DF_AID, contents.belpic));
  mfChildren.set(FID.ID, df(FID.ID, ID_DF_AID, contents.id));
  return mf;
}

function ef(fid: number, content: Uint8Array): ElementaryFile {
  return { kind: 'ef', fid, content, structured: STRUCTURED.has(fid) };
}
