import { validateTemplateFile } from '../../../src/validate';
import { findingsFor, fixture } from '../helpers';

const file = fixture('asl', 'template.yaml');

describe('asl rule', () => {
  let findings: Awaited<ReturnType<typeof validateTemplateFile>>;

  beforeAll(async () => {
    findings = await validateTemplateFile(file);
  });

  const messages = (resource: string) => findingsFor(findings, 'asl', resource).map((finding) => finding.message);

  it('reports a DefinitionUri that does not exist, relative to the template folder', () => {
    // Prepare
    const resource = 'MissingFile';

    // Act
    const found = messages(resource);

    // Assess
    expect(found).toEqual(['DefinitionUri statemachine/does-not-exist.asl.json does not exist']);
  });

  it('reports a definition that is not valid JSON before substitution', () => {
    // Prepare
    const resource = 'BrokenJson';

    // Act
    const found = messages(resource);

    // Assess
    expect(found).toEqual([expect.stringMatching(/^statemachine\/broken\.asl\.txt is not valid JSON/)]);
  });

  it('reports placeholders without a substitution, unused substitutions and asl-validator errors', () => {
    // Prepare
    const resource = 'Substitutions';

    // Act
    const found = messages(resource);

    // Assess
    expect(found).toEqual([
      `\${NotificationTopicArn} in statemachine/substitutions.asl.json is not a DefinitionSubstitution`,
      'DefinitionSubstitution UnusedValue is not used in statemachine/substitutions.asl.json',
      expect.stringMatching(/^asl-validator: MISSING_TRANSITION_TARGET.*Missing/),
    ]);
  });

  it('reports Choice typos, ItemReader, JSONata fields, Tasks without Retry/Catch and token waits without timeout', () => {
    // Prepare
    const resource = 'StateRules';

    // Act
    const found = findingsFor(findings, 'asl', resource).map((finding) => `${finding.path}: ${finding.message}`);

    // Assess
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /States\.Check\.Choices\[0\]: unknown Choice operator NumericGreaterThanOrEqualToPath \(did you mean NumericGreaterThanEqualsPath\?\)/,
        ),
        expect.stringMatching(/States\.Fan: ItemReader is a Distributed Map field; this Map runs INLINE/),
        expect.stringMatching(/States\.Fan\.ItemProcessor\.States\.Inner: Task has no Retry/),
        expect.stringMatching(/States\.Fan\.ItemProcessor\.States\.Inner: Task has no Catch/),
        expect.stringMatching(
          /States\.Both\.Branches\[0\]\.States\.Approve: a \.waitForTaskToken Task needs TimeoutSeconds/,
        ),
        expect.stringMatching(/States\.Compute: QueryLanguage JSONata is not allowed/),
        expect.stringMatching(/States\.Compute: Assign is not allowed/),
        expect.stringMatching(/States\.Compute: Output is not allowed/),
      ]),
    );
    expect(found.some((line) => line.includes('Approve: Task has no'))).toBe(false);
  });

  it('reports an inline definition built with Fn::Sub', () => {
    // Prepare
    const resource = 'InlineSub';

    // Act
    const found = messages(resource);

    // Assess
    expect(found).toEqual([expect.stringMatching(/^inline Definition uses Fn::Sub/)]);
  });

  it('accepts a JSONPath definition whose substitutions match and which asl-validator passes', async () => {
    // Prepare
    const valid = fixture('valid-pattern', 'template.yaml');

    // Act
    const found = (await validateTemplateFile(valid)).filter((finding) => finding.rule === 'asl');

    // Assess
    expect(found).toEqual([]);
  });
});
