import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FALLBACK_DEMO_PATTERN, flagshipPattern, reportPaths } from '../../src/local/main';
import { mapItemsPaths } from '../../src/local/progress';
import { demoParams } from '../../src/local/run-pattern';

function addPattern(root: string, category: string, name: string, metadata: object | undefined): void {
  const dir = path.join(root, 'solutions', category, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'template.yaml'), 'Resources: {}\n');
  if (metadata) writeFileSync(path.join(dir, 'pattern.json'), JSON.stringify(metadata));
}

describe('flagshipPattern', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'flagship-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('picks the pattern whose pattern.json is marked flagship', () => {
    // Prepare
    addPattern(root, 'industry', 'starter', { id: 'IND-STARTER' });
    addPattern(root, 'industry', 'retail-catalog', { id: 'UC11', flagship: true });

    // Act
    const pattern = flagshipPattern(root);

    // Assess
    expect(pattern).toBe('industry/retail-catalog');
  });

  it("falls back to the scaffold's sample when no pattern is marked", () => {
    // Prepare
    addPattern(root, 'ha', 'monitoring', { id: 'HA-X', flagship: 'yes' });
    addPattern(root, 'ha', 'no-metadata', undefined);

    // Act
    const pattern = flagshipPattern(root);

    // Assess
    expect(pattern).toBe(FALLBACK_DEMO_PATTERN);
  });
});

describe('reportPaths', () => {
  it('keeps only the outputs whose key names a report', () => {
    // Prepare
    const outputs = [
      { key: 'reports/2026/11/22/run_report.json', localPath: path.join(process.cwd(), 'out', 'a.json') },
      { key: 'tags/2026/11/22/shoe.jpg.json', localPath: path.join(process.cwd(), 'out', 'b.json') },
      { key: 'ha-monitoring/c1/ts/health-report.md', localPath: path.join(process.cwd(), 'out', 'c.md') },
    ];

    // Act
    const reports = reportPaths(outputs);

    // Assess
    expect(reports).toEqual([path.join('out', 'a.json'), path.join('out', 'c.md')]);
  });
});

describe('demoParams', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'demo-params-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("returns the string values of pattern.json's demo.params", () => {
    // Prepare
    writeFileSync(
      path.join(dir, 'pattern.json'),
      JSON.stringify({ demo: { dataDir: 'demo-data', params: { EnableX: 'true', Bad: 3 } } }),
    );

    // Act
    const params = demoParams(dir);

    // Assess
    expect(params).toEqual({ EnableX: 'true' });
  });

  it('returns nothing without pattern.json or without demo.params', () => {
    // Prepare
    const withoutParams = mkdtempSync(path.join(os.tmpdir(), 'demo-params-'));
    writeFileSync(path.join(withoutParams, 'pattern.json'), JSON.stringify({ demo: { dataDir: 'x' } }));

    // Act
    const none = demoParams(dir);
    const empty = demoParams(withoutParams);

    // Assess
    expect(none).toEqual({});
    expect(empty).toEqual({});
    rmSync(withoutParams, { recursive: true, force: true });
  });
});

describe('mapItemsPaths', () => {
  it('finds the ItemsPath of Map states at any depth, defaulting to $', () => {
    // Prepare
    const definition = {
      States: {
        Outer: {
          Type: 'Map',
          ItemsPath: '$.discovery.items',
          ItemProcessor: { States: { Inner: { Type: 'Map' }, Work: { Type: 'Task' } } },
        },
        Branchy: { Type: 'Parallel', Branches: [{ States: { InBranch: { Type: 'Map', ItemsPath: '$.files' } } }] },
      },
    };

    // Act
    const paths = mapItemsPaths([definition]);

    // Assess
    expect(Object.fromEntries(paths)).toEqual({ Outer: '$.discovery.items', Inner: '$', InBranch: '$.files' });
  });
});
