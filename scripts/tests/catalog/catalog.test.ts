import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  CATALOG_FILE,
  checkCatalog,
  main,
  type PatternMetadata,
  renderCatalog,
  scanCatalog,
  writeCatalog,
} from '../../src/catalog/main';

let root: string;

const TEMPLATE = [
  'Transform: AWS::Serverless-2016-10-31',
  'Parameters:',
  '  S3AccessPointAlias:',
  '    Type: String',
  'Resources:',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '',
].join('\n');

function metadata(overrides: Record<string, unknown> = {}) {
  return {
    id: 'UC11',
    title: 'Retail catalog',
    category: 'industry',
    summary: 'Tags product images and writes catalog metadata.',
    trigger: 'EventBridge Scheduler',
    services: ['Lambda', 'Step Functions'],
    parameters: { S3AccessPointAlias: { description: 'Input access point alias' } },
    demo: { dataDir: 'demo-data' },
    ...overrides,
  };
}

/** A pattern folder with everything a valid entry references. */
function addPattern(category: string, name: string, meta: unknown = metadata({ category })): string {
  const dir = path.join(root, 'solutions', category, name);
  mkdirSync(path.join(dir, 'demo-data'), { recursive: true });
  writeFileSync(path.join(dir, 'template.yaml'), TEMPLATE);
  writeFileSync(path.join(dir, 'README.md'), `# ${name}\n`);
  writeFileSync(path.join(dir, 'pattern.json'), JSON.stringify(meta));
  return dir;
}

describe('catalog', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    mkdirSync(path.join(root, 'solutions'));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes a catalog that the check then accepts', () => {
    // Prepare
    addPattern('industry', 'retail-catalog');

    // Act
    writeCatalog(root);
    const outcome = checkCatalog(root);

    // Assess
    expect(outcome).toEqual({ problems: [], stale: false });
    expect(readFileSync(path.join(root, CATALOG_FILE), 'utf8')).toContain(
      '| UC11 | [retail-catalog](industry/retail-catalog/) | Retail catalog | EventBridge Scheduler | Lambda, Step Functions |',
    );
  });

  it('reports a stale catalog', () => {
    // Prepare
    addPattern('industry', 'retail-catalog');
    writeCatalog(root);
    addPattern('genai', 'kb-curation', metadata({ id: 'UC29', category: 'genai' }));

    // Act
    const outcome = checkCatalog(root);

    // Assess
    expect(outcome.stale).toBe(true);
  });

  it('reports a missing catalog file as stale', () => {
    // Prepare
    addPattern('industry', 'retail-catalog');

    // Act / Assess
    expect(checkCatalog(root).stale).toBe(true);
  });

  it.each([
    [{ extra: true }, /must NOT have additional properties: extra/],
    [{ category: 'finance' }, /\/category must be equal to one of the allowed values/],
    [{ id: 'uc11' }, /\/id must match pattern/],
    [{ services: 'Lambda' }, /\/services must be array/],
    [{ flagship: 'yes' }, /\/flagship must be boolean/],
  ])('rejects pattern.json with %j', (override, message) => {
    // Prepare
    addPattern('industry', 'retail-catalog', metadata(override));

    // Act
    const { problems, entries } = scanCatalog(root);

    // Assess
    expect(entries).toEqual([]);
    expect(problems.join('\n')).toMatch(message);
  });

  it('rejects a missing demo data folder', () => {
    // Prepare
    const dir = addPattern('industry', 'retail-catalog');
    rmSync(path.join(dir, 'demo-data'), { recursive: true });

    // Act
    const { problems } = scanCatalog(root);

    // Assess
    expect(problems).toEqual([
      'solutions/industry/retail-catalog/pattern.json: demo.dataDir "demo-data" is not an existing folder',
    ]);
  });

  it('rejects a missing template and a parameter the template does not declare', () => {
    // Prepare
    addPattern('industry', 'a', metadata({ parameters: { Unknown: { description: 'not declared' } } }));
    rmSync(path.join(addPattern('industry', 'b', metadata({ id: 'UC12' })), 'template.yaml'));

    // Act
    const { problems } = scanCatalog(root);

    // Assess
    expect(problems).toEqual([
      'solutions/industry/a/pattern.json: parameter Unknown is not in template.yaml',
      'solutions/industry/b/pattern.json: template.yaml does not exist',
    ]);
  });

  it('rejects a pattern folder without pattern.json, invalid JSON, a wrong category and a duplicate id', () => {
    // Prepare
    mkdirSync(path.join(root, 'solutions', 'ha', 'bare'), { recursive: true });
    writeFileSync(path.join(addPattern('industry', 'broken'), 'pattern.json'), '{ not json');
    addPattern('sap', 'misplaced', metadata({ id: 'SAP' }));
    addPattern('industry', 'one', metadata({ id: 'UC1' }));
    addPattern('industry', 'two', metadata({ id: 'UC1' }));

    // Act
    const { problems } = scanCatalog(root);

    // Assess
    expect(problems).toEqual([
      'solutions/ha/bare/pattern.json: missing (every pattern folder needs one)',
      expect.stringMatching(/^solutions\/industry\/broken\/pattern.json: not valid JSON/),
      'solutions/sap/misplaced/pattern.json: category is "industry" but the folder is under sap/',
      'solutions/industry/two/pattern.json: id UC1 is already used by industry/one',
    ]);
  });

  it('renders the same text whatever order the entries come in', () => {
    // Prepare
    const entries = ['UC2', 'UC10', 'UC1', 'FC3'].map((id, index) => ({
      category: id.startsWith('FC') ? 'flexcache' : 'industry',
      name: `p${index}`,
      metadata: metadata({ id, category: id.startsWith('FC') ? 'flexcache' : 'industry' }) as PatternMetadata,
    }));

    // Act / Assess
    fc.assert(
      fc.property(
        fc.shuffledSubarray(entries, { minLength: 4 }),
        (order) => renderCatalog(order) === renderCatalog(entries),
      ),
    );
    const text = renderCatalog(entries);
    expect(text.indexOf('| UC1 ')).toBeLessThan(text.indexOf('| UC2 '));
    expect(text.indexOf('| UC2 ')).toBeLessThan(text.indexOf('| UC10 '));
    expect(text.indexOf('## industry')).toBeLessThan(text.indexOf('## flexcache'));
  });

  it('exits 1 on --check with problems, naming them, and writes nothing', async () => {
    // Prepare
    const dir = addPattern('industry', 'retail-catalog');
    rmSync(path.join(dir, 'README.md'));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);

    // Act
    const code = await main(['--check', '--root', root]);

    // Assess
    expect(code).toBe(1);
    const said = stderr.mock.calls.map((call) => String(call[0])).join('');
    expect(said).toContain('README.md does not exist');
    expect(said).toContain('run make catalog');
    expect(() => readFileSync(path.join(root, CATALOG_FILE))).toThrow();
  });

  it('exits 0 on --check once the catalog is written', async () => {
    // Prepare
    addPattern('industry', 'retail-catalog');
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await main(['--root', root]);

    // Act
    const code = await main(['--check', '--root', root]);

    // Assess
    expect(code).toBe(0);
  });
});
