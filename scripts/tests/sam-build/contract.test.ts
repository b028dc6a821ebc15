import path from 'node:path';
import { checkFunctionContract, propertyViolations } from '../../src/sam-build';
import { listFunctions, loadTemplate } from '../../src/template';
import { FIXTURES, samFunction } from './support/fixtures';

function violationsOf(fixture: string): Map<string, string[]> {
  const dir = path.join(FIXTURES, fixture);
  const template = loadTemplate(path.join(dir, 'template.yaml'));
  return new Map(
    listFunctions(template).map((fn) => [fn.logicalId, checkFunctionContract(dir, fn).map((v) => v.reason)]),
  );
}

describe('checkFunctionContract', () => {
  it('finds nothing wrong with a function that follows the contract', () => {
    // Act
    const found = violationsOf('good');

    // Assess
    expect([...found.keys()]).toEqual(['WorkerFunction', 'ReporterFunction']);
    expect([...found.values()]).toEqual([[], []]);
  });

  it('names the template and the logical id in every violation', () => {
    // Prepare
    const dir = path.join(FIXTURES, 'package-json');
    const [fn] = listFunctions(loadTemplate(path.join(dir, 'template.yaml')));

    // Act
    const violations = checkFunctionContract(dir, fn!);

    // Assess
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ template: path.join(dir, 'template.yaml'), logicalId: 'PackagedFunction' });
  });

  it('rejects a CodeUri holding a package.json, explaining the workspace protocol failure', () => {
    // Act
    const [reason] = violationsOf('package-json').get('PackagedFunction') ?? [];

    // Assess
    expect(reason).toContain('contains a package.json');
    expect(reason).toContain('workspace:*');
    expect(reason).toContain('EUNSUPPORTEDPROTOCOL');
  });

  it.each([
    ['NumberPropertyFunction', 'BuildProperties.LineLimit is a number'],
    ['MapPropertyFunction', 'BuildProperties.Loader is a map'],
    ['TargetListFunction', 'BuildProperties.Target must be a string'],
    ['TargetBooleanFunction', 'BuildProperties.Target must be a string'],
    ['PackagesExternalFunction', 'BuildProperties.Packages is external'],
    ['NodeModulesExternalFunction', "lists './node_modules/*'"],
    ['EsmFormatFunction', 'it must be cjs'],
    ['ExternalStringFunction', 'BuildProperties.External must be a list'],
  ])('rejects %s', (logicalId, message) => {
    // Act
    const reasons = violationsOf('bad-properties').get(logicalId);

    // Assess
    expect(reasons).toHaveLength(1);
    expect(reasons?.[0]).toContain(message);
  });

  it.each([
    ['WrongBuildMethodFunction', 'Metadata.BuildMethod is "makefile"; it must be esbuild'],
    ['MissingEntryFunction', 'entry point missing.ts does not exist in CodeUri src/functions/worker'],
    ['HandlerMismatchFunction', 'Handler app.handler names app.js, but the entry points bundle to index.js'],
    ['BadHandlerFormFunction', 'Handler "index" is not of the form <file>.<export>'],
    ['MissingFolderFunction', 'CodeUri src/functions/absent is not a folder of the pattern'],
    ['NoEntryPointsFunction', 'BuildProperties.EntryPoints is not set'],
  ])('rejects %s', (logicalId, message) => {
    // Act
    const reasons = violationsOf('bad-layout').get(logicalId) ?? [];

    // Assess
    expect(reasons).toContainEqual(expect.stringContaining(message));
  });

  it('rejects a function without CodeUri', () => {
    // Prepare
    const fn = samFunction({ EntryPoints: ['index.ts'] }, { codeUri: undefined });

    // Act
    const reasons = checkFunctionContract(path.join(FIXTURES, 'good'), fn).map((v) => v.reason);

    // Assess
    expect(reasons).toContainEqual(expect.stringContaining('CodeUri must be a folder path'));
  });

  it('accepts an entry point without extension when SAM would find the .ts file', () => {
    // Prepare
    const fn = samFunction({ EntryPoints: ['index'], Target: 'node22', MainFields: 'module,main' });

    // Act
    const violations = checkFunctionContract(path.join(FIXTURES, 'good'), fn);

    // Assess
    expect(violations).toEqual([]);
  });
});

describe('MainFields rule', () => {
  it("rejects a function without MainFields module,main, and one with esbuild's node default order", () => {
    // Act
    const found = violationsOf('missing-main-fields');

    // Assess
    expect(found.get('NoMainFieldsFunction')).toEqual([
      expect.stringContaining('BuildProperties.MainFields is null; it must be module,main'),
    ]);
    expect(found.get('MainFirstFunction')).toEqual([
      expect.stringContaining('BuildProperties.MainFields is "main,module"; it must be module,main'),
    ]);
  });
});

describe('propertyViolations', () => {
  it('accepts the string, boolean and list forms esbuild reads', () => {
    // Prepare
    const properties = {
      EntryPoints: ['index.ts'],
      Target: 'node22',
      Format: 'cjs',
      MainFields: 'module,main',
      Minify: true,
      KeepNames: false,
      External: ['@aws-sdk/*'],
      Loader: ['.txt=text'],
      Packages: 'bundle',
    };

    // Act
    const reasons = propertyViolations(properties);

    // Assess
    expect(reasons).toEqual([]);
  });

  it('rejects a list for a flag esbuild reads only as --key=value', () => {
    // Act
    const reasons = propertyViolations({ MainFields: ['module', 'main'], Conditions: ['node'] });

    // Assess
    expect(reasons).toEqual([
      expect.stringContaining('BuildProperties.MainFields must be a string'),
      expect.stringContaining('BuildProperties.Conditions must be a string'),
    ]);
  });

  it('rejects a list for a key esbuild has no colon form for', () => {
    // Act
    const reasons = propertyViolations({ KeepNames: ['x'] });

    // Assess
    expect(reasons).toEqual([expect.stringContaining('SAM would pass --keep-names:<item>')]);
  });
});
