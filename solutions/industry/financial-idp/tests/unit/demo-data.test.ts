import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../scripts/generate-demo-data';

const DEMO_DIR = path.resolve(__dirname, '../../demo-data');
const list = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort();

describe('demo-data', () => {
  it('is exactly what the generator writes (no drift)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'financial-idp-demo-'));
    try {
      const files = await generateDemoData(dir);
      expect(list(DEMO_DIR)).toEqual(files);
      for (const file of files)
        expect(readFileSync(path.join(dir, file))).toEqual(readFileSync(path.join(DEMO_DIR, file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
