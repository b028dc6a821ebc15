import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPattern, cacheFilesOf, describeBuild } from '../../src/sam-build';
import { copyFixtures } from './support/fixtures';

// Builds run the real esbuild CLI: allow for a loaded machine.
jest.setTimeout(60_000);

const fixtures = copyFixtures(['good']);
afterAll(() => fixtures.remove());

describe('buildPattern with reuse', () => {
  it('builds nothing the second time, then rebuilds only the function whose esbuild input changed', async () => {
    // Prepare
    const dir = fixtures.dirOf('good');
    const outRoot = path.join(fixtures.root, 'out-reuse');
    const first = await buildPattern(dir, outRoot, { reuse: true });

    // Act
    const second = await buildPattern(dir, outRoot, { reuse: true });
    appendFileSync(path.join(dir, 'lib', 'index.ts'), '\nexport const touched = 1;\n');
    const third = await buildPattern(dir, outRoot, { reuse: true });

    // Assess
    expect(first.map((fn) => fn.reused)).toEqual([false, false]);
    expect(second.map((fn) => fn.reused)).toEqual([true, true]);
    expect(describeBuild(second)).toBe('build: nothing to build, 2 bundles reused (esbuild inputs unchanged)');
    // Only the worker imports the changed library file.
    expect(third.map((fn) => fn.reused)).toEqual([false, true]);
    expect(describeBuild(third)).toBe('build: 1 function built, 1 reused (esbuild inputs unchanged)');
  });

  it('rebuilds when the stamp is corrupt or the metafile is gone, and always without reuse', async () => {
    // Prepare
    const dir = fixtures.dirOf('good');
    const outRoot = path.join(fixtures.root, 'out-stamp');
    const [worker] = await buildPattern(dir, outRoot, { reuse: true });
    const files = cacheFilesOf(worker!.outDir);

    // Act
    writeFileSync(files.stamp, '{not json');
    const afterCorrupt = await buildPattern(dir, outRoot, { reuse: true });
    writeFileSync(files.metafile, JSON.stringify({ inputs: { 'gone.ts': {} } }));
    const afterMeta = await buildPattern(dir, outRoot, { reuse: true });
    const without = await buildPattern(dir, outRoot);

    // Assess
    expect(afterCorrupt[0]?.reused).toBe(false);
    expect(afterMeta[0]?.reused).toBe(false);
    expect(without.map((fn) => fn.reused)).toEqual([false, false]);
    expect(readFileSync(files.metafile, 'utf8')).toContain('"inputs"');
  });
});
