import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaErrors } from '../../src/catalog/schema';
import { renderPattern } from '../../src/new-pattern/render';
import { REPO_ROOT } from '../../src/template';

const SAMPLE_DIR = path.join(REPO_ROOT, 'solutions', 'industry', 'starter');

/** Every committed file of a pattern folder (installed node_modules excluded), `/`-separated. */
function committedFiles(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : committedFiles(dir, child);
    return [child];
  });
}

const asBuffer = (content: string | Uint8Array) =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);

describe('renderPattern', () => {
  it('reproduces the committed solutions/industry/starter byte for byte', () => {
    // Prepare
    expect(existsSync(SAMPLE_DIR)).toBe(true);
    const committed = committedFiles(SAMPLE_DIR).sort();

    // Act
    const rendered = renderPattern({ category: 'industry', name: 'starter' });

    // Assess
    expect([...rendered.keys()].sort()).toEqual(committed);
    for (const [file, content] of rendered) {
      const onDisk = readFileSync(path.join(SAMPLE_DIR, ...file.split('/')));
      expect({ file, same: onDisk.equals(asBuffer(content)) }).toEqual({ file, same: true });
    }
  });

  it('fills every placeholder', () => {
    // Act
    const rendered = renderPattern({ category: 'genai', name: 'doc-search' });

    // Assess
    const leftovers = [...rendered].filter(([, content]) => typeof content === 'string' && /\{\{\w+\}\}/.test(content));
    expect(leftovers.map(([file]) => file)).toEqual([]);
  });

  it('names the package, id and stack after the category and name', () => {
    // Act
    const rendered = renderPattern({ category: 'genai', name: 'doc-search' });

    // Assess
    const pkg = JSON.parse(String(rendered.get('package.json'))) as { name: string };
    const metadata = JSON.parse(String(rendered.get('pattern.json'))) as { id: string; category: string };
    expect(pkg.name).toBe('@fsxn-s3ap/genai-doc-search');
    expect(metadata).toMatchObject({ id: 'GEN-DOC-SEARCH', category: 'genai' });
    expect(String(rendered.get('template.yaml'))).toContain('USE_CASE: GEN-DOC-SEARCH');
  });

  it('writes a pattern.json that satisfies the catalog schema', () => {
    // Act
    const rendered = renderPattern({ category: 'event-driven', name: 'x1' });

    // Assess
    expect(schemaErrors(JSON.parse(String(rendered.get('pattern.json'))))).toEqual([]);
  });

  it('never puts a package.json inside a function folder (SAM would run npm there)', () => {
    // Act
    const files = [...renderPattern({ category: 'edge', name: 'cdn' }).keys()];

    // Assess
    expect(files.filter((file) => file.startsWith('src/functions/') && file.endsWith('package.json'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['src/functions/discovery/index.ts', 'statemachine/workflow.asl.json']),
    );
  });

  it('is deterministic', () => {
    // Act
    const first = renderPattern({ category: 'sap', name: 'idoc-inventory' });
    const second = renderPattern({ category: 'sap', name: 'idoc-inventory' });

    // Assess
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [file, content] of first) expect(asBuffer(content).equals(asBuffer(second.get(file) ?? ''))).toBe(true);
  });

  it.each([
    [{ category: 'finance', name: 'ledger' }, /Unknown category "finance"/],
    [{ category: '', name: 'ledger' }, /--category is required/],
    [{ category: 'industry', name: 'Ledger' }, /not kebab-case/],
    [{ category: 'industry', name: '' }, /--name is required/],
  ])('rejects %j', (request, message) => {
    // Act / Assess
    expect(() => renderPattern(request)).toThrow(message);
  });
});
