import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoData } from '../../scripts/generate-demo-data';

const PATTERN_DIR = path.resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
}

describe('demo data', () => {
  it('regenerates byte for byte what is committed (demo-data/ with its .ontap/acls.json)', () => {
    // Prepare
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legal-demo-'));

    try {
      // Act
      writeDemoData(dir);

      // Assess
      for (const folder of ['demo-data']) {
        const generated = filesUnder(path.join(dir, folder));
        expect(generated).toEqual(filesUnder(path.join(PATTERN_DIR, folder)));
        for (const file of generated) {
          expect(readFileSync(path.join(dir, folder, file))).toEqual(
            readFileSync(path.join(PATTERN_DIR, folder, file)),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
