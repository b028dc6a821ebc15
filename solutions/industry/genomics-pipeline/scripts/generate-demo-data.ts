/**
 * Writes demo-data/ (or the folder given as the first argument) from scripts/demo-data/demo-files.ts.
 * Run: `pnpm run demo-data` in this folder (the output is committed; a unit test checks it has not drifted).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from './demo-data/demo-files';

/** Writes every demo file under `root`; returns the relative paths written. */
export function writeDemoData(root: string): string[] {
  const written: string[] = [];
  for (const [relative, bytes] of Object.entries(demoFiles())) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    written.push(relative);
  }
  return written;
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'demo-data'));
  for (const relative of writeDemoData(root)) process.stdout.write(`${relative}\n`);
}
