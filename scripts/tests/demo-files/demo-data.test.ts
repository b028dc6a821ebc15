import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoDataDrift, listDemoData, NO_DRIFT, runDemoDataScript, writeDemoFiles } from '../../src/demo-files';

describe('demo-data folders', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'demo-data-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes exactly the files given, removing what a previous run left', () => {
    // Prepare
    const dir = path.join(root, 'demo-data');
    mkdirSync(path.join(dir, 'old'), { recursive: true });
    writeFileSync(path.join(dir, 'old', 'stale.txt'), 'stale');
    const lines: string[] = [];

    // Act
    const written = writeDemoFiles(
      dir,
      { 'b/scan.png': new Uint8Array([1, 2, 3]), 'a.txt': 'hi', '.ontap/acls.json': '{}' },
      (line) => lines.push(line),
    );

    // Assess
    expect(written).toEqual(['.ontap/acls.json', 'a.txt', 'b/scan.png']);
    expect(listDemoData(dir)).toEqual(written);
    expect([...readFileSync(path.join(dir, 'b', 'scan.png'))]).toEqual([1, 2, 3]);
    expect(lines).toContain('b/scan.png (3 bytes)');
  });

  it('refuses a path that leaves the folder, before touching it', () => {
    // Prepare
    const dir = path.join(root, 'demo-data');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'keep.txt'), 'kept');

    // Act / Assess
    expect(() => writeDemoFiles(dir, { '../escape.txt': 'x' })).toThrow(/leaves the demo-data folder/);
    expect(() => writeDemoFiles(dir, { [path.join(root, 'abs.txt')]: 'x' })).toThrow(/leaves the demo-data folder/);
    expect(listDemoData(dir)).toEqual(['keep.txt']);
  });

  it('reports no drift for a folder its generator wrote, and each kind of drift otherwise', () => {
    // Prepare
    const files = { 'a.txt': 'one', 'sub/b.bin': new Uint8Array([9]) };
    writeDemoFiles(root, files);

    // Act / Assess
    expect(demoDataDrift(root, files)).toEqual(NO_DRIFT);
    writeFileSync(path.join(root, 'extra.txt'), '');
    expect(demoDataDrift(root, { ...files, 'a.txt': 'two', 'c.txt': 'new' })).toEqual({
      missing: ['c.txt'],
      unexpected: ['extra.txt'],
      changed: ['a.txt'],
    });
  });

  it('runs as a script: the first argument overrides the default folder', async () => {
    // Prepare
    const target = path.join(root, 'elsewhere');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

    // Act
    try {
      await runDemoDataScript(async () => ({ 'x.txt': 'x' }), path.join(root, 'default'), [target]);
    } finally {
      write.mockRestore();
    }

    // Assess
    expect(listDemoData(target)).toEqual(['x.txt']);
  });
});
