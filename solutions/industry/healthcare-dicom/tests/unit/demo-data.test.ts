import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDemoData } from '../../scripts/generate-demo-data';

const DEMO_DIR = path.resolve(__dirname, '../../demo-data');

const listFiles = (root: string, dir = ''): string[] =>
  readdirSync(path.join(root, dir))
    .sort()
    .flatMap((name) => {
      const rel = path.join(dir, name);
      return statSync(path.join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
    });

describe('demo-data', () => {
  it('is what the generator writes, byte for byte', () => {
    // Prepare
    const tmp = mkdtempSync(path.join(tmpdir(), 'dicom-demo-'));
    try {
      // Act
      writeDemoData(tmp);

      // Assess
      expect(listFiles(DEMO_DIR)).toEqual(listFiles(tmp));
      for (const file of listFiles(tmp))
        expect(readFileSync(path.join(DEMO_DIR, file))).toEqual(readFileSync(path.join(tmp, file)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
