import { validateTemplateFile } from '../../../src/validate';
import { fixture } from '../helpers';

describe('yaml rule', () => {
  it('reports a YAML syntax error with the file and the line', async () => {
    // Prepare
    const file = fixture('yaml', 'invalid.cfn');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', file });
    expect(findings[0]?.message).toMatch(/line 3/);
  });

  it('reports a duplicate key instead of keeping the last value', async () => {
    // Prepare
    const file = fixture('yaml', 'duplicate-keys.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'yaml', file, message: expect.stringMatching(/^duplicate key/) }),
    ]);
  });

  it('accepts a template that parses', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findings.filter((finding) => finding.rule === 'yaml')).toEqual([]);
  });
});
