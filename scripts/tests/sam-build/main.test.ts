import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/sam-build/main';
import { useFixtureCopies } from './support/fixtures';

// Each run bundles with the real esbuild CLI and loads bundles in fresh node processes.
const copyFixtures = useFixtureCopies();

jest.setTimeout(90_000);

async function run(argv: string[], root: string): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await main(argv, { root, write: (text) => (output += text) });
  return { code, output };
}

describe('sam-build main', () => {
  it('says there is nothing to check and exits 0 when there are no patterns yet', async () => {
    // Prepare
    const root = mkdtempSync(path.join(tmpdir(), 'sam-build-empty-'));

    // Act
    const check = await run(['--check'], root);
    const build = await run([], root);

    // Assess
    expect(check).toEqual({ code: 0, output: expect.stringContaining('no patterns under solutions/ yet') });
    expect(build).toEqual({ code: 0, output: expect.stringContaining('no patterns under solutions/ yet') });
    rmSync(root, { recursive: true, force: true });
  });

  it('passes --check when every function builds and exports its handler', async () => {
    // Prepare
    const fixtures = copyFixtures(['good']);

    // Act
    const { code, output } = await run(['--check'], fixtures.root);

    // Assess
    expect(code).toBe(0);
    expect(output).toMatch(/^PASS {2}solutions\/fixtures\/good\/template.yaml {2}WorkerFunction {2}\d/m);
    expect(output).toMatch(/^PASS {2}solutions\/fixtures\/good\/template.yaml {2}ReporterFunction/m);
    expect(output).toContain('2 function(s) in 1 pattern(s): 2 passed, 0 failed');
  });

  it('fails --check naming the template, the logical id and the reason of each violation', async () => {
    // Prepare
    const fixtures = copyFixtures(['good', 'package-json', 'missing-export']);

    // Act
    const { code, output } = await run(['--check'], fixtures.root);

    // Assess
    expect(code).toBe(1);
    expect(output).toMatch(
      /FAIL {2}solutions\/fixtures\/package-json\/template.yaml {2}PackagedFunction\n.*package\.json/,
    );
    expect(output).toMatch(
      /FAIL {2}solutions\/fixtures\/missing-export\/template.yaml {2}WorkerFunction\n.*no function "handler"/,
    );
    expect(output).toContain('4 function(s) in 3 pattern(s): 2 passed, 2 failed');
  });

  it('builds every function into .local/build/<category>/<pattern>/<LogicalId>/ and prints a table', async () => {
    // Prepare
    const fixtures = copyFixtures(['good']);

    // Act
    const { code, output } = await run([], fixtures.root);

    // Assess
    expect(code).toBe(0);
    const bundle = path.join(fixtures.root, '.local', 'build', 'fixtures', 'good', 'WorkerFunction', 'index.js');
    expect(existsSync(bundle)).toBe(true);
    expect(output).toMatch(
      /^fixtures\/good +ReporterFunction +\.local\/build\/fixtures\/good\/ReporterFunction\/index\.js/m,
    );
  });

  it('exits 1 from a build when a function breaks the contract', async () => {
    // Prepare
    const fixtures = copyFixtures(['package-json']);

    // Act
    const { code, output } = await run([], fixtures.root);

    // Assess
    expect(code).toBe(1);
    expect(output).toContain('FAIL  solutions/fixtures/package-json/template.yaml  PackagedFunction');
  });

  it('rejects an unknown option with exit code 2', async () => {
    // Prepare
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);

    // Act
    const { code } = await run(['--bogus'], tmpdir());

    // Assess
    expect(code).toBe(2);
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining('usage: sam-build [--check]'));
    stderr.mockRestore();
  });
});
