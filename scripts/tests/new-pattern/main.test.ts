import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/new-pattern/main';

let root: string;
let stderr: jest.SpyInstance;
let stdout: jest.SpyInstance;

function written(): string[] {
  const solutions = path.join(root, 'solutions');
  if (!existsSync(solutions)) return [];
  return readdirSync(solutions, { recursive: true, encoding: 'utf8' }).sort();
}

describe('new-pattern main', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'new-pattern-'));
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    stderr.mockRestore();
    stdout.mockRestore();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes the pattern folder and exits 0', async () => {
    // Act
    const code = await main(['--category', 'genai', '--name', 'doc-search', '--root', root]);

    // Assess
    expect(code).toBe(0);
    const dir = path.join(root, 'solutions', 'genai', 'doc-search');
    expect(existsSync(path.join(dir, 'template.yaml'))).toBe(true);
    expect(existsSync(path.join(dir, 'demo-data', 'pixel.png'))).toBe(true);
    expect(readdirSync(path.join(root, 'solutions', 'genai'))).toEqual(['doc-search']);
  });

  it.each([
    [['--category', 'finance', '--name', 'ledger'], /Unknown category/],
    [['--name', 'ledger'], /--category is required/],
    [['--category', 'industry', '--name', 'Bad_Name'], /not kebab-case/],
    [['--category', 'industry'], /--name is required/],
    [['--category', 'industry', '--name', 'x', '--colour', 'red'], /Unknown option/],
  ])('exits 2 for %j and writes nothing', async (argv, message) => {
    // Act
    const code = await main([...argv, '--root', root]);

    // Assess
    expect(code).toBe(2);
    expect(String(stderr.mock.calls.map((call) => call[0]).join(''))).toMatch(message);
    expect(written()).toEqual([]);
  });

  it('exits 2 for an existing folder and leaves it untouched', async () => {
    // Prepare
    const dir = path.join(root, 'solutions', 'industry', 'starter');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const before = written();

    // Act
    const code = await main(['--category', 'industry', '--name', 'starter', '--root', root]);

    // Assess
    expect(code).toBe(2);
    expect(String(stderr.mock.calls.map((call) => call[0]).join(''))).toMatch(/exists already/);
    expect(written()).toEqual(before);
  });
});
