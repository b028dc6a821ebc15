import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

describe('iam rule', () => {
  it('reports wildcard actions and access point grants that name only one ARN form', async () => {
    // Prepare
    const file = fixture('iam', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'iam')).toEqual([
      'WildcardRole: Action s3:* uses a wildcard; list the actions needed',
      expect.stringMatching(
        /^AliasOnly: grants the input access point by its alias \(object level\).*accesspoint\/\$\{S3AccessPointName\}\/object\/\*$/,
      ),
      expect.stringMatching(
        /^AccessPointOnly: .*access point ARN \(bucket level\).*add arn:\$\{AWS::Partition\}:s3:::\$\{S3AccessPointAlias\}$/,
      ),
      expect.stringMatching(/^TemplateOnly: .*alias \(bucket level\)/),
      expect.stringMatching(/^TemplateOnly: .*alias \(object level\)/),
      'Key: Action kms:* uses a wildcard; list the actions needed',
    ]);
    expect(findings.find((finding) => finding.resource === 'Key')?.path).toBe('Properties.KeyPolicy.Statement[1]');
  });

  it('allows kms:* for the account root in a key policy and accepts both access point forms together', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(fixture('iam', 'template.yaml'));
    const valid = await validateTemplateFile(file);

    // Assess
    expect(findings.some((finding) => finding.path === 'Properties.KeyPolicy.Statement[0]')).toBe(false);
    expect(messagesOf(valid, 'iam')).toEqual([]);
  });
});
