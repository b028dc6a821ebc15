import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '../../scripts/generate-demo-data';

const DEMO = path.resolve(__dirname, '../../demo-data');
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

describe('demo data', () => {
  it('is what the generator writes, byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'satellite-demo-'));
    try {
      generate(out);
      expect(files(out)).toEqual(files(DEMO));
      for (const file of files(DEMO))
        expect(readFileSync(path.join(out, file))).toEqual(readFileSync(path.join(DEMO, file)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
