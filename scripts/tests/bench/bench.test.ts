import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/bench/main';
import { markdownTable } from '../../src/bench/markdown';
import { buildReport } from '../../src/bench/report';
import type { BenchSection } from '../../src/bench/section';
import { bundleColdInitSection } from '../../src/bench/sections/bundle-cold-init';
import { formatMs, median } from '../../src/bench/stats';
import { useFixtureCopies } from '../sam-build/support/fixtures';

const copyFixtures = useFixtureCopies();

jest.setTimeout(60_000);

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    // Assess
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('rejects an empty list', () => {
    // Assess
    expect(() => median([])).toThrow(RangeError);
  });

  it('lies between the smallest and the largest value and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 15 }), (values) => {
        // Act
        const middle = median(values);

        // Assess
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(middle);
      }),
    );
  });
});

describe('formatMs', () => {
  it('prints nanoseconds as milliseconds with one decimal', () => {
    // Assess
    expect(formatMs(12_345_678)).toBe('12.3');
    expect(formatMs(0)).toBe('0.0');
  });
});

describe('markdownTable', () => {
  it('writes a header, an aligned rule and one escaped row per entry', () => {
    // Act
    const table = markdownTable(['Name', 'Bytes'], [['a|b', '1,024'], ['c']], ['left', 'right']);

    // Assess
    expect(table.split('\n')).toEqual(['| Name | Bytes |', '| --- | ---: |', '| a\\|b | 1,024 |', '| c |  |']);
  });
});

describe('buildReport', () => {
  it('runs every section in order under its own heading', async () => {
    // Prepare
    const sections: BenchSection[] = [
      { title: 'First', run: async () => 'one' },
      { title: 'Second', run: async () => 'two\n' },
    ];

    // Act
    const report = await buildReport(sections, { root: '.' }, new Date('2025-01-02T03:04:05Z'));

    // Assess
    expect(report).toMatch(
      /^# Bench\n\nNode v\d+.*2025-01-02T03:04:05.000Z\.\n\n## First\n\none\n\n## Second\n\ntwo\n$/,
    );
  });
});

describe('bundleColdInitSection', () => {
  it('lists each function with its bundle bytes and a cold-init time', async () => {
    // Prepare
    const fixtures = copyFixtures(['good']);

    // Act
    const body = await bundleColdInitSection.run({ root: fixtures.root });

    // Assess
    const rows = body.split('\n').filter((line) => line.startsWith('| fixtures/good'));
    expect(rows).toHaveLength(2);
    const figures = String.raw`\| \d+ KB \| \d+\.\d\dx \| \d+\.\d \| \d+\.\d\dx \| \d+\.\d \| \d+\.\d\dx \| - \|$`;
    expect(rows[0]).toMatch(new RegExp(String.raw`^\| fixtures\/good \| WorkerFunction ${figures}`));
    expect(rows[1]).toMatch(new RegExp(String.raw`^\| fixtures\/good \| ReporterFunction ${figures}`));
    expect(body).toMatch(/^\| \(floor\) \| S3 client only \| \d+ KB \| 1\.00x \|/m);
    expect(body).toContain('- Cold init / floor: median');
  });

  it('fails when a bundle cannot load instead of reporting a time', async () => {
    // Prepare: without the workspace link the worker does not even build.
    const fixtures = copyFixtures(['good'], { linkWorkspace: false });

    // Act
    const act = bundleColdInitSection.run({ root: fixtures.root });

    // Assess
    await expect(act).rejects.toThrow('Could not resolve "@fixture/lib"');
  });
});

describe('bench main', () => {
  it('accepts only --suite, which adds the developer-loop timings', async () => {
    // Act
    const code = await main(['--fast'], { root: '.', write: () => undefined, sections: [] });

    // Assess
    expect(code).toBe(2);
  });

  it('prints the report and writes it to .local/bench/report.md', async () => {
    // Prepare
    const root = mkdtempSync(path.join(tmpdir(), 'bench-main-'));
    let output = '';

    // Act
    const code = await main([], { root, write: (text) => (output += text) });

    // Assess
    expect(code).toBe(0);
    const file = path.join(root, '.local', 'bench', 'report.md');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(
      '## Bundle size and cold init against the floor function\n\n_No patterns yet: nothing to measure._',
    );
    expect(output).toContain('Report written to .local/bench/report.md');
    rmSync(root, { recursive: true, force: true });
  });
});
