import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildFunction,
  buildPattern,
  ContractError,
  placeholderEnvironment,
  verifyHandlerExport,
} from '../../src/sam-build';
import { listFunctions, loadTemplate } from '../../src/template';
import { copyFixtures, useFixtureCopies } from './support/fixtures';

// Builds run the real esbuild CLI and fresh node processes: allow for a loaded machine.
jest.setTimeout(60_000);

const fixtures = copyFixtures(['good', 'package-json', 'missing-export']);
afterAll(() => fixtures.remove());
const copy = useFixtureCopies();

function functionOf(fixture: string, logicalId: string) {
  const dir = fixtures.dirOf(fixture);
  const template = loadTemplate(path.join(dir, 'template.yaml'));
  const fn = listFunctions(template).find((candidate) => candidate.logicalId === logicalId);
  if (!fn) throw new Error(`${fixture} has no ${logicalId}`);
  return { dir, template, fn };
}

describe('buildPattern', () => {
  it('bundles every function into its own folder, following the workspace link', async () => {
    // Prepare
    const outRoot = path.join(fixtures.root, 'out-good');

    // Act
    const built = await buildPattern(fixtures.dirOf('good'), outRoot);

    // Assess
    expect(built.map((item) => item.logicalId)).toEqual(['WorkerFunction', 'ReporterFunction']);
    const [worker] = built;
    expect(worker).toMatchObject({
      outDir: path.join(outRoot, 'WorkerFunction'),
      bundleFile: path.join(outRoot, 'WorkerFunction', 'index.js'),
      handlerExport: 'handler',
    });
    const bundle = readFileSync(worker!.bundleFile, 'utf8');
    expect(bundle).toContain('fixture-lib-bundled');
    expect(bundle).not.toMatch(/require\(["']@fixture\/lib["']\)/);
    expect(worker!.bytes).toBe(Buffer.byteLength(bundle));
    expect(readFileSync(`${worker!.bundleFile}.map`, 'utf8')).toContain('"sources"');
  });
});

describe('buildFunction', () => {
  it('refuses a CodeUri with a package.json before running esbuild', async () => {
    // Prepare
    const { dir, fn } = functionOf('package-json', 'PackagedFunction');

    // Act
    const act = buildFunction({ patternDir: dir, fn, outDir: path.join(fixtures.root, 'out-pj') });

    // Assess
    await expect(act).rejects.toThrow(ContractError);
    await expect(act).rejects.toThrow(/PackagedFunction: CodeUri src\/functions\/packaged contains a package.json/);
  });

  it('reports esbuild failing to resolve an import', async () => {
    // Prepare: without the node_modules link, @fixture/lib cannot be resolved.
    const bare = copy(['good'], { linkWorkspace: false });
    const patternDir = bare.dirOf('good');
    const [fn] = listFunctions(loadTemplate(path.join(patternDir, 'template.yaml')));

    // Act
    const act = buildFunction({ patternDir, fn: fn!, outDir: path.join(bare.root, 'out') });

    // Assess
    await expect(act).rejects.toThrow(ContractError);
    await expect(act).rejects.toThrow(/esbuild failed in .*Could not resolve "@fixture\/lib"/s);
  });
});

describe('verifyHandlerExport', () => {
  it('accepts a bundle whose handler loads with the placeholder environment', async () => {
    // Prepare
    const { dir, template, fn } = functionOf('good', 'ReporterFunction');
    const built = await buildFunction({ patternDir: dir, fn, outDir: path.join(fixtures.root, 'out-reporter') });

    // Act
    const act = verifyHandlerExport(built.bundleFile, built.handlerExport, placeholderEnvironment(template, fn));

    // Assess
    await expect(act).resolves.toBeUndefined();
  });

  it('rejects a bundle that does not export the handler, listing what it exports', async () => {
    // Prepare
    const { dir, template, fn } = functionOf('missing-export', 'WorkerFunction');
    const built = await buildFunction({ patternDir: dir, fn, outDir: path.join(fixtures.root, 'out-missing') });

    // Act
    const act = verifyHandlerExport(built.bundleFile, built.handlerExport, placeholderEnvironment(template, fn));

    // Assess
    await expect(act).rejects.toThrow(ContractError);
    await expect(act).rejects.toThrow('exports no function "handler" (it is undefined; the bundle exports main)');
  });

  it('rejects a bundle whose cold start throws, showing the error', async () => {
    // Prepare
    const { dir, fn } = functionOf('good', 'WorkerFunction');
    const built = await buildFunction({ patternDir: dir, fn, outDir: path.join(fixtures.root, 'out-worker') });

    // Act: no TABLE_NAME, which the worker reads at cold start.
    const act = verifyHandlerExport(built.bundleFile, 'handler', { AWS_REGION: 'us-east-1' });

    // Assess
    await expect(act).rejects.toThrow(/failed at cold start:[\s\S]*TABLE_NAME is not set/);
  });
});
