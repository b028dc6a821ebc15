import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

describe('outputs rule', () => {
  it('reports functions without a name output and conditional outputs without the condition', async () => {
    // Prepare
    const file = fixture('outputs', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'outputs')).toEqual([
      expect.stringMatching(/^Hidden: no output gives this function name/),
      expect.stringMatching(/^Extra: the output of this function name must carry the resource's Condition/),
    ]);
    expect(findings.find((finding) => finding.rule === 'outputs')?.file).toBe(file);
  });

  it('accepts a state machine exported through GetAtt Arn and functions exported through Ref', async () => {
    // Act
    const findings = await validateTemplateFile(fixture('valid-pattern', 'template.yaml'));

    // Assess
    expect(messagesOf(findings, 'outputs')).toEqual([]);
  });
});
