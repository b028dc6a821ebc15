/**
 * Writes demo-data/ (or the folder given as the first argument) from scripts/demo-designs.ts, deterministically:
 * `pnpm demo-data`. A README.txt beside the layouts shows the suffix filter skipping other files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from './demo-designs';

/** The note the suffix filter skips. */
export const README_TEXT = 'Layout drops for the design review (GDSII, OASIS). This note is not a layout: skipped.\n';

/** Writes every demo file under `root`; returns the number of files. */
export function writeDemoData(root: string): number {
  const files = { ...demoFiles(), 'designs/README.txt': new Uint8Array(Buffer.from(README_TEXT)) };
  for (const [key, bytes] of Object.entries(files)) {
    const file = path.join(root, ...key.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return Object.keys(files).length;
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'demo-data'));
  process.stdout.write(`wrote ${writeDemoData(root)} files under ${root}\n`);
}
