import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDemoData } from '../../scripts/generate-demo-data';

const DEMO_DIR = path.resolve(__dirname, '../../demo-data');

const listFiles = (root: string, dir = root): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [path.relative(root, full)];
  });

describe('demo-data', () => {
  it('is exactly what scripts/generate-demo-data.ts writes (no drift)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eda-demo-'));
    try {
      writeDemoData(dir);
      const generated = listFiles(dir).sort();
      expect(listFiles(DEMO_DIR).sort()).toEqual(generated);
      for (const file of generated)
        expect(readFileSync(path.join(DEMO_DIR, file)).equals(readFileSync(path.join(dir, file)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
