import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from '../../../scripts/demo-data/files';
import { CFB_SIGNATURE, checkRvtSignature } from '../../../src/domain/rvt';
import { loadBimSettings } from '../../../src/domain/settings';

const DEMO = path.join(__dirname, '../../../demo-data');
const list = (dir: string, base = ''): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? list(full, `${base}${name}/`) : [`${base}${name}`];
  });

describe('demo data', () => {
  it('matches the generator byte for byte (no drift)', async () => {
    const files = await demoFiles();
    expect(list(DEMO).sort()).toEqual(Object.keys(files).sort());
    for (const [key, bytes] of Object.entries(files)) {
      expect(Buffer.compare(readFileSync(path.join(DEMO, key)), Buffer.from(bytes))).toBe(0);
    }
  });

  it('the Revit file carries the compound file signature; settings have the documented defaults', () => {
    expect(() => checkRvtSignature(Uint8Array.from(CFB_SIGNATURE), 'a.rvt')).not.toThrow();
    expect(() => checkRvtSignature(new Uint8Array(4), 'a.rvt')).toThrow('not the OLE compound file signature');
    expect(loadBimSettings({})).toEqual({
      minDoorWidthMm: 800,
      flaggedMaterials: ['asbestos', 'lead', 'pcb', 'mercury'],
      maxDrawingBytes: 10 * 1024 * 1024,
    });
  });
});
