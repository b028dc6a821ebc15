/**
 * Reuse of unchanged bundles: each build writes esbuild's metafile beside the bundle folder, and a stamp holding the
 * hash of the esbuild argv plus the content of every input the metafile lists. A later build whose argv and inputs
 * hash the same skips esbuild. A missing or unreadable stamp, metafile or input simply means "build".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the metafile and the stamp of the bundle folder `outDir` live (beside it, not shipped in it). */
export function cacheFilesOf(outDir: string): { metafile: string; stamp: string } {
  return { metafile: `${outDir}.meta.json`, stamp: `${outDir}.stamp.json` };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The hash of `args` and of every input file of `metafile` (paths relative to `cwd`); undefined when one is gone. */
export function inputsHash(cwd: string, metafile: string, args: readonly string[]): string | undefined {
  const meta = readJson(metafile) as { inputs?: Record<string, unknown> } | undefined;
  if (!meta?.inputs || typeof meta.inputs !== 'object') return undefined;
  const hash = createHash('sha256').update(JSON.stringify(args));
  for (const input of Object.keys(meta.inputs).sort()) {
    const file = path.resolve(cwd, input);
    if (!existsSync(file)) return undefined;
    hash.update(`\0${input}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** True when the bundle `bundleFile` was built from exactly these argv and inputs. */
export function isFresh(outDir: string, cwd: string, args: readonly string[], bundleFile: string): boolean {
  const { metafile, stamp } = cacheFilesOf(outDir);
  const stored = readJson(stamp) as { hash?: unknown } | undefined;
  if (typeof stored?.hash !== 'string' || !existsSync(bundleFile)) return false;
  return inputsHash(cwd, metafile, args) === stored.hash;
}

/** Records the hash of the build that just wrote `outDir` (nothing when its metafile is unreadable). */
export function writeStamp(outDir: string, cwd: string, args: readonly string[]): void {
  const { metafile, stamp } = cacheFilesOf(outDir);
  const hash = inputsHash(cwd, metafile, args);
  if (hash !== undefined) writeFileSync(stamp, JSON.stringify({ hash }));
}
