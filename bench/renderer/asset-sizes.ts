import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** One built asset's size. */
export interface AssetSize {
  /** The path inside the build folder. */
  readonly path: string;
  readonly kind: 'js' | 'css';
  readonly rawBytes: number;
  /** gzip, level 9 (what a server would send at best). */
  readonly gzipBytes: number;
}

/** Every JavaScript and CSS file under `folder` with its raw and gzipped size, biggest first. */
export function assetSizes(folder: string): AssetSize[] {
  const sizes: AssetSize[] = [];
  const visit = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      const extension = extname(entry.name);
      if (!entry.isFile() || !['.js', '.mjs', '.css'].includes(extension)) continue;
      const bytes = readFileSync(full);
      sizes.push({
        path: relative(folder, full),
        kind: extension === '.css' ? 'css' : 'js',
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
      });
    }
  };
  visit(folder);
  return sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The raw and gzipped totals of the assets of one kind. */
export function totals(sizes: readonly AssetSize[], kind: AssetSize['kind']): { raw: number; gzip: number } {
  const ofKind = sizes.filter((s) => s.kind === kind);
  return {
    raw: ofKind.reduce((n, s) => n + s.rawBytes, 0),
    gzip: ofKind.reduce((n, s) => n + s.gzipBytes, 0),
  };
}

/** Bytes as KB (1 KB = 1024 bytes), one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
