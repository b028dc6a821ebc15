/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: see ./demo-data/files.ts.
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from './demo-data/files';

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'demo-data'));
rmSync(root, { recursive: true, force: true });
for (const [relative, bytes] of Object.entries(demoFiles())) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  process.stdout.write(`${relative} (${bytes.length} bytes)\n`);
}
