import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULES, validateRepository, validateTemplateFile } from '../../src/validate';
import { fixture } from './helpers';

describe('validateTemplateFile', () => {
  it('finds nothing in a pattern that follows every convention', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findings).toEqual([]);
  });

  it('drops resources whose condition is false under the given parameters and reports references to them', async () => {
    // Prepare
    const file = fixture('matrix', 'template.yaml');

    // Act
    const asWritten = await validateTemplateFile(file);
    const resolved = await validateTemplateFile(file, { parameters: { EnableArchive: 'false' } });

    // Assess
    expect(asWritten.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(resolved.filter((finding) => finding.rule === 'references').map((finding) => finding.message)).toEqual([
      'GetAtt refers to an undefined resource ArchiveQueue, which is not created when condition HasArchive is false',
      'GetAtt refers to an undefined resource ArchiveQueue, which is not created when condition HasArchive is false',
    ]);
  });

  it('reports parameter values outside AllowedValues and parameters the template does not declare', async () => {
    // Prepare
    const file = fixture('matrix', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file, { parameters: { Mode: 'medium', Colour: 'blue' } });

    // Assess
    expect(findings.filter((finding) => finding.rule === 'parameters').map((finding) => finding.message)).toEqual([
      'value "medium" is not one of AllowedValues fast, slow',
      '--params names Colour, which the template does not declare',
    ]);
  });
});

describe('validateRepository', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'validate-repo-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('validates every pattern template and every shared stack', async () => {
    // Prepare
    cpSync(fixture('valid-pattern'), path.join(root, 'solutions', 'demo', 'valid'), { recursive: true });
    mkdirSync(path.join(root, 'shared', 'cfn'), { recursive: true });
    cpSync(fixture('encryption', 'shared-stack.yaml'), path.join(root, 'shared', 'cfn', 'dashboard.yaml'));

    // Act
    const findings = await validateRepository(root);

    // Assess
    expect(findings).toEqual([
      expect.objectContaining({ file: path.join(root, 'shared', 'cfn', 'dashboard.yaml'), rule: 'encryption' }),
    ]);
  });

  it('returns nothing for a repository without templates', async () => {
    // Prepare
    const empty = root;

    // Act
    const findings = await validateRepository(empty);

    // Assess
    expect(findings).toEqual([]);
  });
});

describe('RULES', () => {
  it('lists each rule id once, yaml first', () => {
    // Prepare
    const ids = RULES.map((rule) => rule.id);

    // Act
    const unique = new Set(ids);

    // Assess
    expect(ids[0]).toBe('yaml');
    expect(unique.size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'resource-types',
        'references',
        'asl',
        'iam',
        'functions',
        'logs',
        'hardcoded',
        'stacksets',
        'encryption',
      ]),
    );
  });
});
