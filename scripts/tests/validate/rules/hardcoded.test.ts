import { validateTemplateFile } from '../../../src/validate';
import { fixture } from '../helpers';

describe('hardcoded rule', () => {
  it('reports literal regions and account ids in resources and outputs, and warns about arn:aws:', async () => {
    // Prepare
    const file = fixture('hardcoded', 'template.yaml');

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'hardcoded');

    // Assess
    expect(findings.map((f) => `${f.severity} ${f.resource} ${f.message.split(':')[0]}`)).toEqual([
      'error Topic hard-coded region us-east-1',
      'error Subscription hard-coded region eu-west-1',
      'error Subscription hard-coded account id 123456789012',
      'warning Subscription literal arn',
      'error Outputs.Console hard-coded region ap-southeast-2',
    ]);
    expect(findings[0]).toMatchObject({ file, path: 'Properties.KmsMasterKeyId.Fn::Sub' });
  });

  it('allows literals in parameter defaults and descriptions and in Metadata', async () => {
    // Prepare
    const file = fixture('hardcoded', 'template.yaml');

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'hardcoded');

    // Assess
    expect(findings.map((finding) => finding.message).join('\n')).not.toMatch(/ap-northeast-1|us-west-2|210987654321/);
  });
});
