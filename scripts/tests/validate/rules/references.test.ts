import { validateTemplateFile } from '../../../src/validate';
import { findingsFor, fixture, messagesOf } from '../helpers';

describe('references rule', () => {
  it('reports every reference to something undefined, naming the resource that makes it', async () => {
    // Prepare
    const file = fixture('references', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'references')).toEqual([
      'Queue: Ref refers to an undefined parameter or resource Unknown',
      'Queue: condition NotDefined is not defined',
      'Queue: DependsOn names an undefined resource Ghost',
      'Alarm: GetAtt refers to an undefined resource Nowhere',
      'Alarm: Ref refers to an undefined parameter or resource Missing',
      'Alarm: condition NoSuchCondition is not defined',
      'Reader: AWS::SQS::Queue Queue has no attribute NoSuchAttribute',
      'Conditions.IsProdAndMissing: condition Missing is not defined',
      'Chicken: circular dependency: Chicken -> ChickenLogGroup -> Chicken',
    ]);
    expect(findingsFor(findings, 'references', 'Alarm')[0]).toMatchObject({ file, path: 'Properties.TopicName' });
  });

  it('accepts Sub variables, escaped literals, pseudo parameters and SAM-generated ids such as <Fn>Role', async () => {
    // Prepare
    const file = fixture('references', 'template.yaml');

    // Act
    const messages = messagesOf(await validateTemplateFile(file), 'references').join('\n');

    // Assess
    expect(messages).not.toMatch(/Suffix|Literal|AWS::Region|WorkerRole|Worker\.Arn|Stage/);
  });

  it('warns, without failing, about a parameter nothing uses', async () => {
    // Prepare
    const file = fixture('resource-types', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findings.filter((finding) => finding.rule === 'references')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        resource: 'Parameters.Unused',
        message: 'parameter Unused is never used',
      }),
    ]);
  });
});
