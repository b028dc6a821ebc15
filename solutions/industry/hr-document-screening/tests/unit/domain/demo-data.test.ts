import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PATTERN_DIR = path.resolve(__dirname, '../../..');
const TSX = path.resolve(PATTERN_DIR, 'node_modules/.bin/tsx');

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
    .sort();
}

describe('demo-data', () => {
  it('is exactly what scripts/generate-demo-data.ts writes (no drift)', () => {
    // Prepare
    const out = mkdtempSync(path.join(tmpdir(), 'hr-demo-'));
    try {
      // Act
      execFileSync(TSX, ['scripts/generate-demo-data.ts', out], { cwd: PATTERN_DIR, stdio: 'pipe' });

      // Assess
      const committed = path.join(PATTERN_DIR, 'demo-data');
      expect(listFiles(out)).toEqual(listFiles(committed));
      for (const file of listFiles(out)) {
        expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(committed, file)))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
