import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Files per sub-folder, so no single folder grows past what file browsers and `ls` handle comfortably. */
export const FILES_PER_FOLDER = 1000;

/** The default count of `make demo-files`. */
export const DEFAULT_FILE_COUNT = 100_000;

/** Relative path of the `index`-th generated file: `batch-0042/file-0042017.txt`. */
export function generatedPath(index: number): string {
  const folder = `batch-${String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, '0')}`;
  return path.join(folder, `file-${String(index).padStart(7, '0')}.txt`);
}

/** The small, deterministic text of the `index`-th file (tens of bytes). */
export function generatedContent(index: number): string {
  return `demo file ${index}\nchecksum ${(index * 2_654_435_761) % 4_294_967_296}\n`;
}

/**
 * Writes `count` small text files under `dir`, `FILES_PER_FOLDER` per sub-folder, a few writes at a time; returns
 * the number written. For `make run PATTERN=... DATA=<dir>` at scale.
 */
export async function generateFiles(dir: string, count: number, concurrency = 32): Promise<number> {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`the file count must be a whole number, got ${count}`);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const file = path.join(dir, generatedPath(index));
      await writeFile(file, generatedContent(index));
    }
  };
  // Folders first, so concurrent writers never race their creation.
  for (let index = 0; index < count; index += FILES_PER_FOLDER) {
    await mkdir(path.dirname(path.join(dir, generatedPath(index))), { recursive: true });
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(count, 1)) }, worker));
  return count;
}

/** `tsx generate-files.ts [count] [dir]`: what `make demo-files N=... DIR=...` runs. */
async function main(argv: string[]): Promise<number> {
  const count = argv[0] ? Number(argv[0]) : DEFAULT_FILE_COUNT;
  const dir = path.resolve(argv[1] || path.join('.local', 'demo-files'));
  const started = performance.now();
  const written = await generateFiles(dir, count);
  process.stdout.write(`wrote ${written} files under ${dir} in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
