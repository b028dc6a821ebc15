import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../../scripts/generate-demo-data';

const DEMO_DIR = path.resolve(__dirname, '../../../demo-data');

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
    .sort();
}

describe('demo-data', () => {
  it('is exactly what scripts/generate-demo-data.ts writes (no drift)', async () => {
    // Prepare
    const out = mkdtempSync(path.join(tmpdir(), 'government-archives-demo-'));
    try {
      // Act
      await generateDemoData(out);

      // Assess
      expect(listFiles(out)).toEqual(listFiles(DEMO_DIR));
      for (const file of listFiles(out)) {
        expect([file, readFileSync(path.join(out, file)).equals(readFileSync(path.join(DEMO_DIR, file)))]).toEqual([
          file,
          true,
        ]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
