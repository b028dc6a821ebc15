import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from '../../../scripts/generate-demo-data';

const DEMO_DIR = path.resolve(__dirname, '../../../demo-data');
const list = (dir: string, base = ''): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory() ? list(path.join(dir, name), `${base}${name}/`) : [`${base}${name}`],
  );

describe('demo-data', () => {
  it('is exactly what the generator writes (no drift)', async () => {
    // Act
    const files = await demoFiles();

    // Assess
    expect(list(DEMO_DIR).sort()).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(files)) {
      expect(Buffer.compare(readFileSync(path.join(DEMO_DIR, name)), Buffer.from(bytes))).toBe(0);
    }
  });
});
