import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

describe('stacksets rule', () => {
  it('reports hard-coded accounts and fixed physical names in a stacksets-* template', async () => {
    // Prepare
    const file = fixture('stacksets', 'stacksets-bad.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'stacksets')).toEqual([
      'Parameters.AdminAccountId: default has a hard-coded account id 111122223333; each target account differs',
      expect.stringMatching(/^FixedBucket: BucketName is a fixed physical name/),
      expect.stringMatching(/^ParameterNamedTopic: TopicName is a fixed physical name/),
    ]);
    expect(messagesOf(findings, 'stacksets').join('\n')).not.toMatch(/AdministrationRole|ExecutionRole/);
  });

  it('applies to templates that declare StackSetsCompatible, and not to other templates', async () => {
    // Prepare
    const compatible = fixture('stacksets', 'compatible.yaml');
    const ordinary = fixture('valid-pattern', 'template.yaml');

    // Act
    const declared = messagesOf(await validateTemplateFile(compatible), 'stacksets');
    const other = messagesOf(await validateTemplateFile(ordinary), 'stacksets');

    // Assess
    expect(declared).toEqual([expect.stringMatching(/^Table: TableName is a fixed physical name/)]);
    expect(other).toEqual([]);
  });
});
