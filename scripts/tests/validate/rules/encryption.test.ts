import { validateTemplateFile } from '../../../src/validate';
import { fixture } from '../helpers';

describe('encryption rule', () => {
  it('reports unencrypted data stores and open buckets as errors in a SAM pattern', async () => {
    // Prepare
    const file = fixture('encryption', 'template.yaml');

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'encryption');

    // Assess
    expect(findings.map((f) => `${f.severity} ${f.resource}`)).toEqual([
      'error OpenBucket',
      'error PlainBucket',
      'error PlainTopic',
      'error PlainQueue',
      'error PlainTable',
      'error PlainSimpleTable',
      'error PlainStream',
    ]);
    expect(findings[0]?.message).toBe(
      'PublicAccessBlockConfiguration does not set BlockPublicPolicy, IgnorePublicAcls, RestrictPublicBuckets to true',
    );
  });

  it('reports the same problems as warnings in a plain CloudFormation stack', async () => {
    // Prepare
    const file = fixture('encryption', 'shared-stack.yaml');

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'encryption');

    // Assess
    expect(findings).toEqual([
      {
        rule: 'encryption',
        severity: 'warning',
        file,
        resource: 'PlainTopic',
        path: 'Properties',
        message: 'topic has no KmsMasterKeyId',
      },
    ]);
  });
});
