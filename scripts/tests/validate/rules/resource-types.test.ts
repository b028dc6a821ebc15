import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

describe('resource-types rule', () => {
  it('reports unknown types, unknown properties and unknown resource attributes by resource', async () => {
    // Prepare
    const file = fixture('resource-types', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'resource-types')).toEqual([
      'Unknown: unknown resource type AWS::S3::Buckett',
      'Queue: AWS::SQS::Queue has no property VisibilityTimeoutSecs',
      'Topic: unknown resource attribute Lifecycle',
    ]);
    expect(findings.every((finding) => finding.file === file)).toBe(true);
  });

  it('accepts custom resources with any property and SAM types with current properties such as LoggingConfig', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'resource-types')).toEqual([]);
  });

  it('checks SAM Globals sections and their property names, and accepts SAM-only attributes such as Connectors', async () => {
    // Prepare
    const file = fixture('resource-types', 'globals.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'resource-types')).toEqual([
      'Globals: AWS::Serverless::Function has no property MemorySizeMb',
      expect.stringMatching(/^Globals: Globals has no section Lambda/),
    ]);
  });
});
