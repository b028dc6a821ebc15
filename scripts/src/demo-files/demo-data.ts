import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A pattern's demo data: file contents by path relative to the demo-data folder ('/' separated). */
export type DemoFiles = Readonly<Record<string, Uint8Array | string>>;

/** What differs between a committed demo-data folder and what its generator writes now. */
export interface DemoDataDrift {
  /** Files the generator writes that the folder lacks. */
  missing: string[];
  /** Files in the folder that the generator no longer writes. */
  unexpected: string[];
  /** Files present on both sides with other bytes. */
  changed: string[];
}

/** The drift of a folder that matches its generator: `expect(demoDataDrift(dir, files)).toEqual(NO_DRIFT)`. */
export const NO_DRIFT: DemoDataDrift = Object.freeze({ missing: [], unexpected: [], changed: [] }) as DemoDataDrift;

const bytesOf = (content: Uint8Array | string): Buffer =>
  typeof content === 'string'
    ? Buffer.from(content, 'utf8')
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);

function checkedPath(root: string, relative: string): string {
  const file = path.resolve(root, relative);
  if (path.isAbsolute(relative) || !file.startsWith(path.resolve(root) + path.sep)) {
    throw new Error(`demo file path ${JSON.stringify(relative)} leaves the demo-data folder`);
  }
  return file;
}

/** Every file below `root`, as sorted '/'-separated relative paths (dot files included). */
export function listDemoData(root: string): string[] {
  return (
    readdirSync(root, { recursive: true, withFileTypes: true }) as {
      isFile(): boolean;
      name: string;
      parentPath: string;
    }[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Replaces `root` with exactly `files` (the folder is removed first, so a file the generator stopped writing does not
 * linger) and returns the written paths, sorted. Paths must stay inside `root`.
 */
export function writeDemoFiles(root: string, files: DemoFiles, log: (line: string) => void = () => {}): string[] {
  const entries = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [relative] of entries) checkedPath(root, relative);
  rmSync(root, { recursive: true, force: true });
  for (const [relative, content] of entries) {
    const file = checkedPath(root, relative);
    const bytes = bytesOf(content);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    log(`${relative} (${bytes.length} bytes)`);
  }
  return entries.map(([relative]) => relative);
}

/** Compares the committed folder `root` with what the generator returns now, byte for byte. */
export function demoDataDrift(root: string, files: DemoFiles): DemoDataDrift {
  const present = new Set(listDemoData(root));
  const drift: DemoDataDrift = { missing: [], unexpected: [], changed: [] };
  for (const [relative, content] of Object.entries(files)) {
    if (!present.has(relative)) drift.missing.push(relative);
    else if (!readFileSync(path.join(root, relative)).equals(bytesOf(content))) drift.changed.push(relative);
    present.delete(relative);
  }
  drift.unexpected.push(...present);
  drift.missing.sort();
  drift.changed.sort();
  drift.unexpected.sort();
  return drift;
}

/**
 * The body of a pattern's `scripts/generate-demo-data.ts`: writes `demoFiles()` to the folder given as the first
 * argument, or to `defaultRoot` (the pattern's `demo-data/`), printing one line per file.
 *
 *   if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
 */
export async function runDemoDataScript(
  demoFiles: () => DemoFiles | Promise<DemoFiles>,
  defaultRoot: string,
  argv: readonly string[] = process.argv.slice(2),
): Promise<string[]> {
  const root = path.resolve(argv[0] ?? defaultRoot);
  return writeDemoFiles(root, await demoFiles(), (line) => process.stdout.write(`${line}\n`));
}
